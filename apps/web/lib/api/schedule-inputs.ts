import {
  checkOverrideRange,
  OVERRIDE_FIELDS,
  ZCreateSchedule,
  ZOnCallQuery,
  ZOverrideRef,
  ZScheduleRef,
} from "@opsdeck/core/schedule/schemas";
import { ZHandoffNoteFields } from "@opsdeck/core/handoff/schemas";
import { z } from "zod";
import { pageQuery } from "./page-inputs.ts";

/* Request schemas of the on-call schedule routes, from the schemas their core services validate with. */

export const ZScheduleIdParam = z.object({ id: ZScheduleRef.shape.id });
export const ZOverrideIdParam = z.object({ id: ZOverrideRef.shape.id, overrideId: ZOverrideRef.shape.overrideId });
export const ZCreateScheduleBody = z.strictObject(ZCreateSchedule.shape);
export const ZSchedulesQuery = z.object(pageQuery(200));
export const ZScheduleOnCallQuery = ZOnCallQuery;
export const ZAddOverrideBody = z.strictObject(OVERRIDE_FIELDS).superRefine(checkOverrideRange);
export const ZHandoffNoteBody = z.strictObject(ZHandoffNoteFields);
