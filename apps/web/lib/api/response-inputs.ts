import { ZIncidentNumber, ZSeverity } from "@opsdeck/core/incident/schemas";
import { ZSetResponseDefaults, ZSetResponseStep, ZStepId } from "@opsdeck/core/response/schemas";
import { z } from "zod";

/* Request schemas of the response checklist routes, from the schemas their core services validate with. */

export const ZResponseStepParams = z.object({ number: ZIncidentNumber, stepId: ZStepId });
export const ZSetResponseStepBody = z
  .strictObject({ done: ZSetResponseStep.shape.done, skipReason: ZSetResponseStep.shape.skipReason })
  .refine((o) => !(o.done && o.skipReason), {
    path: ["skipReason"],
    message: "A done step is not skipped: leave the reason out",
  });

export const ZSeverityParam = z.object({ severity: ZSeverity });
export const ZResponseDefaultsBody = z.strictObject({ steps: ZSetResponseDefaults.shape.steps });
