import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { FEED_INCLUDE, toFeedDto } from "./internal.ts";
import { type TCalendarFeedDto, type TCalendarFeedRef, ZCalendarFeedRef } from "./schemas.ts";

/** Revoke a feed (who made it, or an admin): its URL answers 404 from now on. Revoking twice is a no-op. */
export async function revokeCalendarFeed({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TCalendarFeedRef>): Promise<TCalendarFeedDto> {
  const { id } = parseInput(ZCalendarFeedRef, input);
  return db.$transaction(async (tx) => {
    const feed = await tx.calendarFeed.findUnique({ where: { id }, include: FEED_INCLUDE });
    if (!feed) throw new NotFoundError("No such calendar feed");
    if (feed.createdById !== ctx.actor?.id) assertRole(ctx, "ADMIN");
    if (feed.revokedAt) return toFeedDto(feed);
    const row = await tx.calendarFeed.update({ where: { id }, data: { revokedAt: now }, include: FEED_INCLUDE });
    const dto = toFeedDto(row);
    await recordAudit(tx, ctx, {
      action: "calendar_feed.revoke",
      targetType: "calendar_feed",
      targetId: id,
      before: { revokedAt: null },
      after: { kind: dto.kind, subject: dto.subject, revokedAt: now },
    });
    return dto;
  });
}
