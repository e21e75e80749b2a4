import { type Db, Prisma } from "@opsdeck/db";
import type { StripeProblem } from "@opsdeck/integrations";

/** Claim the target's next read for this process; false when another worker took it within the interval. */
export async function claimStripeRead(db: Db, targetId: string, now: Date, intervalSeconds: number) {
  const rows = await db.$queryRaw<{ targetId: string }[]>`
    INSERT INTO "StripeMetricState" ("targetId", "claimedAt", "updatedAt") VALUES (${targetId}, ${now}, ${now})
    ON CONFLICT ("targetId") DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt", "updatedAt" = EXCLUDED."updatedAt"
     WHERE "StripeMetricState"."claimedAt" IS NULL
        OR "StripeMetricState"."claimedAt" <= EXCLUDED."claimedAt" - make_interval(secs => ${intervalSeconds * 0.8})
    RETURNING "targetId"`;
  return rows.length > 0;
}

/** Record how the read went; a successful one moves `readUntil` forward. */
export async function finishStripeRead(
  tx: Prisma.TransactionClient,
  targetId: string,
  at: Date,
  problem: StripeProblem | null,
) {
  await tx.stripeMetricState.update({
    where: { targetId },
    data: { sampledAt: at, problem: problem ?? Prisma.DbNull, ...(problem ? {} : { readUntil: at }) },
  });
}
