import {
  ACTION_ITEM_PATCH_FIELDS,
  NOTHING_TO_CHANGE_ITEM,
  NOTHING_TO_SAVE,
  POSTMORTEM_PATCH_FIELDS,
  ZActionItemRef,
  ZCreateActionItem,
  ZListActionItems,
  ZPostmortemRef,
  ZUpdatePostmortem,
} from "@opsdeck/core/postmortem/schemas";
import { z } from "zod";
import { pageQuery } from "./page-inputs.ts";

/* Request schemas of the postmortem and action item routes, from the schemas their core services validate with. */

export const ZPostmortemIdParam = z.object({ id: ZPostmortemRef.shape.id });
export const ZActionItemIdParam = z.object({ id: ZActionItemRef.shape.id });

const someField = (o: Record<string, unknown>, keys: string[]) => keys.some((k) => o[k] !== undefined);

export const ZPatchPostmortemBody = z
  .strictObject({ expectedVersion: ZUpdatePostmortem.shape.expectedVersion, ...POSTMORTEM_PATCH_FIELDS })
  .refine((o) => someField(o, Object.keys(POSTMORTEM_PATCH_FIELDS)), NOTHING_TO_SAVE);

export const ZCreateActionItemBody = z.strictObject(ZCreateActionItem.omit({ postmortemId: true }).shape);
export const ZPatchActionItemBody = z
  .strictObject(ACTION_ITEM_PATCH_FIELDS)
  .refine((o) => someField(o, Object.keys(ACTION_ITEM_PATCH_FIELDS)), NOTHING_TO_CHANGE_ITEM);

export const ZListActionItemsQuery = z.object({
  status: ZListActionItems.shape.status,
  overdue: z.enum(["true", "false"]).optional().describe("true: only those past their due date and not done"),
  ...pageQuery(500, 200),
});
