import { z } from "zod";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { ZEmail } from "../user/schemas.ts";

/** A feed's subject: the API body, and the service's input. */
export const CALENDAR_FEED_FIELDS = {
  schedule: z
    .string({ error: "Choose a schedule" })
    .trim()
    .min(1, "Choose a schedule")
    .max(64, "Not a schedule id")
    .optional()
    .describe("A schedule's id: the feed holds every layer's shifts. Give this or `email`, not both"),
  email: ZEmail.optional().describe(
    "A person's email: the feed holds their shifts on every schedule and layer. Give this or `schedule`, not both",
  ),
};

/** Exactly one of `schedule` and `email`. */
export function checkOneSubject(v: { schedule?: string; email?: string }, c: z.RefinementCtx): void {
  if (v.schedule !== undefined && v.email !== undefined)
    c.addIssue({ code: "custom", path: ["email"], message: "Give a schedule or an email, not both" });
  if (v.schedule === undefined && v.email === undefined)
    c.addIssue({ code: "custom", path: [], message: "Give a schedule or a person's email" });
}

export const ZCreateCalendarFeed = z.object(CALENDAR_FEED_FIELDS).superRefine(checkOneSubject);
export type TCreateCalendarFeed = z.input<typeof ZCreateCalendarFeed>;

export const ZCalendarFeedRef = z.object({
  id: z.string({ error: "Name a calendar feed" }).trim().min(1, "Name a calendar feed").max(64, "Not a feed id"),
});
export type TCalendarFeedRef = z.input<typeof ZCalendarFeedRef>;

export const ZListCalendarFeeds = z.object({
  limit: pageLimit(200).optional().describe("Most feeds returned, newest first; all when left out"),
  cursor: ZCursor,
});
export type TListCalendarFeeds = z.input<typeof ZListCalendarFeeds>;

/** What leaves core about a feed: what it shows and its use; the token and its hash never leave. */
export type TCalendarFeedDto = {
  id: string;
  kind: "schedule" | "person";
  /** The schedule's name, or the person's name (their email when they have none). */
  subject: string;
  scheduleId: string | null;
  email: string | null;
  createdBy: string;
  status: "active" | "revoked";
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
};
