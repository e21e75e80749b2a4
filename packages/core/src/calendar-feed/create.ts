import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { usersByEmail } from "../schedule/internal.ts";
import { generateToken } from "../token/internal.ts";
import { parseInput } from "../validate.ts";
import { FEED_INCLUDE, FEED_TOKEN_KIND, feedUrl, toFeedDto } from "./internal.ts";
import { type TCalendarFeedDto, type TCreateCalendarFeed, ZCreateCalendarFeed } from "./schemas.ts";

/**
 * A secret feed URL of a schedule's shifts (any VIEWER) or of a person's (themselves; an admin anyone's).
 * The URL is returned this once; only its token's sha256 is stored.
 */
export async function createCalendarFeed({
  db,
  ctx,
  input,
  baseUrl,
}: ServiceCall<TCreateCalendarFeed> & { baseUrl: string }): Promise<{ url: string; feed: TCalendarFeedDto }> {
  assertRole(ctx, "VIEWER");
  const { schedule, email } = parseInput(ZCreateCalendarFeed, input);
  const createdById = ctx.actor?.id;
  if (!createdById) throw new ValidationError({ _form: ["A calendar feed is made by a signed-in user"] });
  if (email !== undefined && email !== ctx.actor?.email) assertRole(ctx, "ADMIN");
  const { token, hash } = generateToken(FEED_TOKEN_KIND);
  const feed = await db.$transaction(async (tx) => {
    let userId: string | null = null;
    if (email !== undefined) userId = (await usersByEmail(tx, [{ field: "email", email }])).get(email)?.id ?? null;
    if (
      schedule !== undefined &&
      !(await tx.onCallSchedule.findUnique({ where: { id: schedule }, select: { id: true } }))
    )
      throw new ValidationError({ schedule: ["No such schedule"] });
    const row = await tx.calendarFeed.create({
      data: { tokenHash: hash, scheduleId: schedule ?? null, userId, createdById },
      include: FEED_INCLUDE,
    });
    const dto = toFeedDto(row);
    await recordAudit(tx, ctx, {
      action: "calendar_feed.create",
      targetType: "calendar_feed",
      targetId: row.id,
      after: { kind: dto.kind, subject: dto.subject, scheduleId: dto.scheduleId, email: dto.email },
    });
    return dto;
  });
  return { url: feedUrl(baseUrl, token), feed };
}
