import type { Db } from "@opsdeck/db";
import { sendHandoffMessage } from "@opsdeck/integrations";
import { recordAudit } from "../audit/record.ts";
import { contactEndpoint } from "../contact/endpoint.ts";
import { methodsOf } from "../contact/internal.ts";
import { systemCtx } from "../roles.ts";
import { isUniqueViolation } from "../user/internal.ts";
import type { HandoffOutcome } from "./dto.ts";
import type { DueHandoff } from "./due.ts";
import { buildHandoffMessage } from "./message.ts";

export type HandoffSendResult = { sent: false } | { sent: true; outcomes: HandoffOutcome[] };

/**
 * Send one due handoff. The row is claimed first: a unique violation means another worker has it,
 * and nothing is sent. Then the message goes to each of the incoming person's contact methods (a
 * method that cannot be reached is an outcome, not an error) and the outcomes are kept on the row.
 */
export async function sendHandoff({
  db,
  key,
  handoff: h,
  baseUrl,
  now = new Date(),
  timeoutMs,
}: {
  db: Db;
  key: Buffer;
  handoff: DueHandoff;
  baseUrl?: string;
  now?: Date;
  timeoutMs?: number;
}): Promise<HandoffSendResult> {
  const row = { layerId: h.layerId, startsAt: h.startsAt };
  try {
    await db.onCallHandoffMessage.create({ data: { ...row, userId: h.userId, claimedAt: now } });
  } catch (e) {
    if (isUniqueViolation(e)) return { sent: false };
    throw e;
  }
  const message = await buildHandoffMessage(db, h, baseUrl);
  const outcomes = await Promise.all(
    (await methodsOf(db, h.userId)).map(async (m): Promise<HandoffOutcome> => {
      const said = { kind: m.kind, address: m.address };
      try {
        // Signed and stamped by the real clock: a receiver refuses a signature from another time.
        const d = await sendHandoffMessage(await contactEndpoint(db, key, m), message, { timeoutMs });
        return { ...said, ok: d.ok, detail: d.detail.slice(0, 500) };
      } catch (err) {
        return { ...said, ok: false, detail: String((err as Error).message ?? err).slice(0, 500) };
      }
    }),
  );
  await db.onCallHandoffMessage.update({
    where: { layerId_startsAt: row },
    data: { sentAt: new Date(), outcomes },
  });
  await recordAudit(db, systemCtx("worker"), {
    action: "schedule.handoff_sent",
    targetType: "schedule",
    targetId: h.scheduleId,
    after: { layer: h.layer, startsAt: h.startsAt.toISOString(), userId: h.userId, outcomes },
  });
  return { sent: true, outcomes };
}
