import { ChecklistCadence } from "@opsdeck/db";
import { z } from "zod";
import { isValidTimeZone } from "../time/zone.ts";

export const ZTimeZone = z.string().min(1).refine(isValidTimeZone, "Unknown time zone").default("UTC");

export const ZListChecklists = z.object({
  cadence: z.enum(ChecklistCadence).optional(),
  includeArchived: z.boolean().default(false),
  /** The team's time zone: decides where "today" and "this week" begin. */
  tz: ZTimeZone,
});
export type TListChecklists = z.input<typeof ZListChecklists>;

export const ZGetChecklist = z
  .object({
    id: z.string().min(1).optional(),
    slug: z.string().min(1).optional(),
    /** A past period's run; by default the current period's (latest run for pre-deploy). */
    periodKey: z.string().trim().min(1).max(100).optional(),
    tz: ZTimeZone,
  })
  .refine((v) => (v.id === undefined) !== (v.slug === undefined), { message: "Give an id or a slug", path: ["slug"] });
export type TGetChecklist = z.input<typeof ZGetChecklist>;
