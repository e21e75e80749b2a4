import type { Db, NotificationStatus } from "@opsdeck/db";
import { type Delivery, deliverMessage } from "@opsdeck/integrations";
import { channelEndpoint } from "./internal.ts";
import { RETRY_DELAYS_MS } from "./kinds.ts";
import { messageOf } from "./message.ts";
import { recordAttempt } from "./record.ts";

export type NotifyDeps = {
  secretKey: Buffer;
  /** The public URL (NEXTAUTH_URL) that messages link the incident or run under. */
  baseUrl?: string;
  /** Waits before each retry; their count + 1 is the number of attempts. */
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
};

/**
 * One attempt at one notification (the worker's job): send it, then record its outcome in one
 * transaction (`recordAttempt`: the row's status, and a timeline entry when it is about an incident).
 * A row no longer QUEUED (sent meanwhile, channel deleted) is left alone.
 * Returns the status it ends in, or null when there was nothing to do.
 */
export async function deliverNotification({
  db,
  id,
  deps,
  now = () => new Date(),
}: {
  db: Db;
  id: string;
  deps: NotifyDeps;
  now?: () => Date;
}): Promise<NotificationStatus | null> {
  const n = await db.notification.findUnique({
    where: { id },
    include: { channel: { select: { id: true, name: true, kind: true, config: true, enabled: true } } },
  });
  if (n?.status !== "QUEUED") return null;
  let result: Delivery;
  if (!n.channel.enabled) result = { ok: false, retryable: false, detail: "the channel is disabled" };
  else {
    try {
      const endpoint = await channelEndpoint(db, deps.secretKey, n.channel);
      result = await deliverMessage(endpoint, messageOf(n, deps.baseUrl), { timeoutMs: deps.timeoutMs, now: now() });
    } catch (err) {
      result = { ok: false, retryable: false, detail: `not sent: ${(err as Error).message}` };
    }
  }
  const at = now();
  return db.$transaction((tx) => recordAttempt(tx, n, result, at, deps.retryDelaysMs ?? RETRY_DELAYS_MS));
}
