import { z } from "zod";
import { ZEmail } from "../user/schemas.ts";

export const ZCreateCalendarFeed = z
  .object({
    schedule: z
      .string({ error: "Choose a schedule" })
      .trim()
      .min(1, "Choose a schedule")
      .max(64, "Not a schedule id")
      .optional()
      .describe("A schedule's id: the feed holds every layer's shifts"),
    email: ZEmail.optional().describe("A person's email: the feed holds their shifts on every schedule and layer"),
  })
  .superRefine((v, c) => {
    if (v.schedule !== undefined && v.email !== undefined)
      c.addIssue({ code: "custom", path: ["email"], message: "Give a schedule or an email, not both" });
    if (v.schedule === undefined && v.email === undefined)
      c.addIssue({ code: "custom", path: [], message: "Give a schedule or a person's email" });
  });
export type TCreateCalendarFeed = z.input<typeof ZCreateCalendarFeed>;

export const ZCalendarFeedRef = z.object({
  id: z.string({ error: "Name a calendar feed" }).trim().min(1, "Name a calendar feed").max(64, "Not a feed id"),
});
export type TCalendarFeedRef = z.input<typeof ZCalendarFeedRef>;

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
