import type { ReadCall } from "../call.ts";
import { assertRole, hasRole } from "../roles.ts";
import { FEED_INCLUDE, toFeedDto } from "./internal.ts";
import type { TCalendarFeedDto } from "./schemas.ts";

/** Calendar feeds, newest first: those you made, or every one for an admin (and the CLI). */
export async function listCalendarFeeds({ db, ctx }: ReadCall): Promise<TCalendarFeedDto[]> {
  assertRole(ctx, "VIEWER");
  const all = !ctx.actor || hasRole(ctx.actor.role, "ADMIN");
  const rows = await db.calendarFeed.findMany({
    where: all ? {} : { createdById: ctx.actor?.id },
    include: FEED_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toFeedDto);
}
