import type { CalendarFeedWhereInput, Prisma } from "@opsdeck/db";
import type { ListCall } from "../call.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { assertRole, hasRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { FEED_INCLUDE, type FeedRow, toFeedDto } from "./internal.ts";
import { type TCalendarFeedDto, type TListCalendarFeeds, ZListCalendarFeeds } from "./schemas.ts";

const FEEDS: Keyset = {
  list: "calendar-feeds",
  fields: [
    { field: "createdAt", type: "date", desc: true },
    { field: "id", type: "string", desc: true },
  ],
};

/** Calendar feeds, newest first: those you made, or everyone's for an admin (and the CLI); a page, or all without a limit. */
export async function listCalendarFeeds({
  db,
  ctx,
  input = {},
}: ListCall<TListCalendarFeeds>): Promise<Page<TCalendarFeedDto>> {
  assertRole(ctx, "VIEWER");
  const { limit, cursor } = parseInput(ZListCalendarFeeds, input);
  const mine: CalendarFeedWhereInput =
    !ctx.actor || hasRole(ctx.actor.role, "ADMIN") ? {} : { createdById: ctx.actor.id };
  const { rows, next } = await findPage<FeedRow, CalendarFeedWhereInput, Prisma.CalendarFeedOrderByWithRelationInput>(
    FEEDS,
    { limit, cursor },
    (p) =>
      db.calendarFeed.findMany({
        where: { AND: [mine, p.after ?? {}] },
        include: FEED_INCLUDE,
        orderBy: p.orderBy,
        take: p.take,
      }),
  );
  return { items: rows.map(toFeedDto), next };
}
