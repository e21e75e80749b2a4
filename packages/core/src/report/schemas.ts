import { z } from "zod";
import { ZDay } from "../checklist/run-schemas.ts";
import { canonicalTimeZone } from "../time/zone.ts";

/** The longest period a report covers, in days. */
export const MAX_REPORT_DAYS = 366;
const FIRST_DAY = "1970-01-01";
const LAST_DAY = "2999-12-31";

const ZReportDay = ZDay.refine((d) => d >= FIRST_DAY && d <= LAST_DAY, `A day from ${FIRST_DAY} to ${LAST_DAY}`);

const dayCount = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;

export const ZIncidentReport = z
  .object({
    from: ZReportDay.describe(`The period's first day in \`zone\`, YYYY-MM-DD from ${FIRST_DAY} to ${LAST_DAY}`),
    to: ZReportDay.describe(
      `Its last day, inclusive: not before \`from\`, ${MAX_REPORT_DAYS} days in all at most (else 400)`,
    ),
    zone: z
      .string()
      .max(64, "Use a time zone name such as Europe/Berlin")
      .refine((zone) => canonicalTimeZone(zone) !== null, "Unknown time zone")
      .default("UTC")
      .describe("An IANA time zone (Europe/Berlin): days, weeks and their Mondays are read in it"),
  })
  .superRefine(({ from, to }, ctx) => {
    // Refinements run even when a day was refused: compare only two real days.
    if (!ZReportDay.safeParse(from).success || !ZReportDay.safeParse(to).success) return;
    const days = dayCount(from, to);
    if (days < 1) ctx.addIssue({ code: "custom", path: ["to"], message: "Must not be before the first day" });
    else if (days > MAX_REPORT_DAYS)
      ctx.addIssue({ code: "custom", path: ["to"], message: `A report covers at most ${MAX_REPORT_DAYS} days` });
  });
export type TIncidentReport = z.input<typeof ZIncidentReport>;
