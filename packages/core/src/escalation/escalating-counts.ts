import type { Db } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";

/** How many open incidents each policy is escalating now (VIEWER), by policy id; a policy escalating none is absent. */
export async function escalatingCounts({ db, ctx }: { db: Db; ctx: AnyCtx }): Promise<Record<string, number>> {
  assertRole(ctx, "VIEWER");
  const groups = await db.incidentEscalation.groupBy({
    by: ["policyId"],
    where: { policyId: { not: null }, stoppedAt: null, unansweredAt: null },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.flatMap((g) => (g.policyId ? [[g.policyId, g._count._all]] : [])));
}
