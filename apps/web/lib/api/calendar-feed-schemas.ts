import type { TCalendarFeedDto } from "@opsdeck/core/calendar-feed/schemas";
import { z } from "zod";

/* Response schemas of the calendar-feed routes. */

const ZIsoDate = z.string().describe("ISO 8601 date-time");

export const ZCalendarFeedOut = z.object({
  id: z.string(),
  kind: z.enum(["schedule", "person"]),
  subject: z.string().describe("The schedule's name, or the person's name (their email when they have none)"),
  scheduleId: z.string().nullable(),
  email: z.string().nullable().describe("The person of a person's feed"),
  createdBy: z.string().describe("The email of who made the feed"),
  status: z.enum(["active", "revoked"]),
  createdAt: ZIsoDate,
  revokedAt: ZIsoDate.nullable(),
  lastUsedAt: ZIsoDate.nullable().describe("The last fetch of the feed, to the minute"),
}) satisfies z.ZodType<TCalendarFeedDto>;

export const ZCalendarFeedCreated = z.object({
  id: z.string(),
  url: z
    .string()
    .describe(
      "The feed's secret URL (GET, no sign-in, text/calendar), shown only in this answer: anyone with it sees the shifts",
    ),
});
