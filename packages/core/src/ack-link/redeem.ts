import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors.ts";
import { acknowledgeLocked } from "../incident/acknowledge.ts";
import { displayName } from "../incident/internal.ts";
import type { Ctx } from "../roles.ts";
import { hashAckToken } from "./issue.ts";
import { ACK_LINK_SELECT, ackLinkState, type AckLinkView, NOT_A_LINK } from "./read.ts";
import { ackLinkRefusal } from "./refusal.ts";

/**
 * Acknowledge the link's incident as the person the page went to, once: the link is their credential,
 * so no sign-in is asked. The acknowledgement is theirs in the timeline and audit log, and a second
 * audit row records that the one-click link was used.
 */
export async function redeemAckLink({
  db,
  token,
  now = new Date(),
  requestId,
}: {
  db: Db;
  token: string;
  now?: Date;
  requestId?: string;
}): Promise<AckLinkView> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "IncidentAckLink" WHERE "tokenHash" = ${hashAckToken(token)} FOR UPDATE`;
    if (!row) throw new NotFoundError(NOT_A_LINK);
    const link = await tx.incidentAckLink.findUniqueOrThrow({
      where: { id: row.id },
      select: ACK_LINK_SELECT,
    });
    const before = await ackLinkState(tx, link);
    if (before.state !== "ready") throw new ConflictError(ackLinkRefusal(before));
    if (link.user.disabledAt)
      throw new ForbiddenError(
        `${displayName(link.user)}'s account is disabled, so their link no longer acknowledges.`,
      );
    const ctx: Ctx = { actor: { id: link.user.id, email: link.user.email, role: link.user.role }, requestId };
    await acknowledgeLocked(tx, ctx, before.incident.number, now, `from the one-click link paged to ${before.sentTo}`);
    await tx.incidentAckLink.update({ where: { id: link.id }, data: { usedAt: now } });
    await recordAudit(tx, ctx, {
      action: "incident.ack_link.use",
      targetType: "incident",
      targetId: link.incidentId,
      after: { link: link.id, sentTo: link.user.email, sentAt: link.createdAt },
    });
    return ackLinkState(tx, { ...link, usedAt: now });
  });
}
