import { ChecklistCadence } from "@opsdeck/db";
import { z } from "zod";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { isValidTimeZone } from "../time/zone.ts";
import { ZChecklistSlug } from "./run-schemas.ts";

export const ZTimeZone = z.string().min(1).refine(isValidTimeZone, "Unknown time zone").default("UTC");

export const ZListChecklists = z.object({
  cadence: z.enum(ChecklistCadence).optional(),
  includeArchived: z.boolean().default(false),
  limit: pageLimit(500).optional(),
  cursor: ZCursor,
});
export type TListChecklists = z.input<typeof ZListChecklists>;

export const ZGetChecklist = z.object({ slug: ZChecklistSlug });
export type TGetChecklist = z.input<typeof ZGetChecklist>;
