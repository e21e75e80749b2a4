import { z } from "zod";
import { canonicalTimeZone } from "../time/zone.ts";

/** The weeks a report covers by default, and at most. */
export const DEFAULT_ONCALL_WEEKS = 8;
export const MAX_ONCALL_WEEKS = 26;

export const ZOnCallReport = z.object({
  weeks: z.coerce
    .number<string | number>()
    .int("Use a whole number of weeks")
    .min(1, "Use at least 1 week")
    .max(MAX_ONCALL_WEEKS, `A report covers at most ${MAX_ONCALL_WEEKS} weeks`)
    .default(DEFAULT_ONCALL_WEEKS)
    .describe(
      `How many ISO weeks, the current one included, 1 to ${MAX_ONCALL_WEEKS} (default ${DEFAULT_ONCALL_WEEKS})`,
    ),
  timeZone: z
    .string()
    .max(64, "Use a time zone name such as Europe/Berlin")
    .refine((zone) => canonicalTimeZone(zone) !== null, "Unknown time zone")
    .optional()
    .describe(
      "An IANA time zone (Europe/Berlin) that weeks, hours of the day and nights are read in; default: the oldest on-call schedule's zone, or UTC",
    ),
});
export type TOnCallReport = z.input<typeof ZOnCallReport>;
