import type { Db, EscalationSendModel } from "@opsdeck/db";

/**
 * How long a claimed page may take before another worker sends it: more than a send's timeout (10 s),
 * so a live sender is not overtaken, and short enough that a page lost with its worker goes out soon.
 */
export const PAGE_LEASE_MS = 15_000;

/**
 * Take over pages whose sender has not recorded them within the lease (it died or hung): each is
 * claimed anew (`claimedAt`, one more attempt) by one caller, under `FOR UPDATE SKIP LOCKED`.
 */
export async function retakeLostPages(db: Db, now: Date = new Date(), limit = 20): Promise<EscalationSendModel[]> {
  const before = new Date(now.getTime() - PAGE_LEASE_MS);
  return db.$queryRaw<EscalationSendModel[]>`
    UPDATE "EscalationSend" SET "claimedAt" = ${now}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "EscalationSend" WHERE "claimedAt" < ${before}
      ORDER BY "claimedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING *`;
}
