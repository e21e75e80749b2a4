import { ZListRuns, ZRequestAction, ZRunRef } from "@opsdeck/core/action/schemas";
import { ZFailedEventsQuery } from "@opsdeck/core/action/stripe";
import { ZTargetInput, ZTargetRef, ZTargetUpdate } from "@opsdeck/core/action/target-schemas";
import { z } from "zod";
import { pageQuery } from "./page-inputs.ts";

/* Request schemas of the actions and targets routes, from the schemas their core services validate with. */

export const ZRunIdParam = z.object({ id: ZRunRef.shape.id });
export const ZTargetIdParam = z.object({ id: ZTargetRef.shape.id });

export const ZListRunsQuery = z.object({
  status: ZListRuns.shape.status,
  kind: ZListRuns.shape.kind,
  targetId: ZListRuns.shape.targetId,
  ...pageQuery(200, 100),
});

export const ZRequestActionBody = z.strictObject({
  ...ZRequestAction.shape,
  params: ZRequestAction.shape.params.describe(
    "Per kind: rollback {deploymentId?} (omitted: the one before the live one); backup {}; verify {backupId}; restore {backupId, mode: new | in-place, newDatabase?, confirm: the database's name}; replay {endpointId: we_…, eventIds: evt_…[]}",
  ),
});

export const ZCreateTargetBody = z.strictObject(ZTargetInput.shape);
export const ZUpdateTargetBody = z.strictObject(ZTargetUpdate.omit({ id: true }).shape);

export const ZFailedEventsQueryParams = ZFailedEventsQuery.omit({ id: true });

export const ZAutoDeployBody = z.strictObject({ on: z.boolean({ error: "Give on: true or false" }) });
