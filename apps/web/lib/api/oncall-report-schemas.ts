import type { OnCallReportDto } from "@opsdeck/core/oncall-report/index";
import { z } from "zod";
import { weekSpan } from "./report-schemas.ts";
import { ZIsoDate } from "./schemas.ts";

const count = z.number().int();
const ms = z.number().int().nullable();

const ZAckStats = z.object({
  count: count.describe("Incidents the person acknowledged after being paged for them"),
  p50Ms: ms.describe("The median time from the first page that reached the person to the acknowledgement"),
  p90Ms: ms,
  maxMs: ms,
});

export const ZOnCallReportOut = z.object({
  period: z.object({
    weeks: count,
    from: z.string().describe("Monday of the first week"),
    to: z.string().describe("Sunday of the current week"),
    zone: z.string().describe("The zone's canonical IANA name"),
    start: ZIsoDate,
    end: ZIsoDate.describe("Exclusive"),
  }),
  generatedAt: ZIsoDate,
  night: z.object({ startHour: count, endHour: count }).describe("Night pages: from startHour:00 to endHour:00"),
  weeks: z
    .array(z.object({ ...weekSpan, partial: z.boolean().describe("The week is not over yet") }))
    .describe("Oldest first"),
  people: z
    .array(
      z.object({
        user: z.object({ id: z.string(), name: z.string().nullable(), email: z.string() }),
        pages: count.describe("Steps that reached the person, once however many contact methods"),
        nightPages: count,
        weeks: z.array(z.object({ week: z.string(), pages: count, nightPages: count })).describe("As `weeks`"),
        ack: ZAckStats,
        unacknowledgedPages: count.describe("Pages on incidents the person did not acknowledge"),
        acknowledgedByOthers: count.describe("Of those, pages on incidents someone else acknowledged"),
      }),
    )
    .describe("Everyone paged in the period, most pages first"),
  byHour: z
    .array(z.object({ hour: count, night: z.boolean(), pages: count, ack: ZAckStats }))
    .describe("24 hours of the day in the zone; times to acknowledge filed under the hour of the first page"),
  total: z.object({ pages: count, nightPages: count, unacknowledgedPages: count, ack: ZAckStats }),
}) satisfies z.ZodType<OnCallReportDto>;

export const ZOnCallReportCsvOut = z
  .string()
  .describe("One row per person: pages, night pages, times to acknowledge in minutes, pages per week");
