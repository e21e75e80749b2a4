import { z } from "zod";
import { ZTimeZone } from "../checklist/schemas.ts";

export const ZOverviewSummary = z.object({
  /** The team's time zone: decides which day's checklists are due. */
  tz: ZTimeZone,
});
export type TOverviewSummary = z.input<typeof ZOverviewSummary>;
