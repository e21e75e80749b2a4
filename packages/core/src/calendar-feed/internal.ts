import type { Prisma } from "@opsdeck/db";
import type { TCalendarFeedDto } from "./schemas.ts";

/** The secret in a feed's URL: `ocal_` and 40 base62 characters. */
export const FEED_TOKEN_KIND = "ocal";
export const FEED_TOKEN_PATTERN = /^ocal_[0-9A-Za-z]{40}$/;

/** The public path of a feed, outside the signed-in app (`apps/web/app/api/calendar/[file]`). */
export const feedUrl = (baseUrl: string, token: string): string =>
  `${baseUrl.replace(/\/+$/, "")}/api/calendar/${token}.ics`;

export const FEED_INCLUDE = {
  schedule: { select: { name: true } },
  user: { select: { email: true, name: true } },
  createdBy: { select: { email: true } },
} as const satisfies Prisma.CalendarFeedInclude;

export type FeedRow = Prisma.CalendarFeedGetPayload<{ include: typeof FEED_INCLUDE }>;

export const toFeedDto = (f: FeedRow): TCalendarFeedDto => ({
  id: f.id,
  kind: f.scheduleId ? "schedule" : "person",
  subject: f.schedule?.name ?? f.user?.name ?? f.user?.email ?? "",
  scheduleId: f.scheduleId,
  email: f.user?.email ?? null,
  createdBy: f.createdBy.email,
  status: f.revokedAt ? "revoked" : "active",
  createdAt: f.createdAt.toISOString(),
  revokedAt: f.revokedAt?.toISOString() ?? null,
  lastUsedAt: f.lastUsedAt?.toISOString() ?? null,
});
