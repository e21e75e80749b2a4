import type { CheckState } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { countShownStatesByService, emptyCounts } from "../check/counts.ts";
import { stateRank } from "../check/tiles.ts";
import { assertRole } from "../roles.ts";

export type ServiceHealthSummaryDto = {
  /** The worst state among the service's checks; null when it has none. */
  state: CheckState | null;
  checkCount: number;
  /** How many of its checks show each state (MAINTENANCE under an active window, as on the tiles). */
  counts: Record<CheckState, number>;
  /** The check in that state (by name when several are), for "what is wrong" at a glance. */
  worst: { id: string; name: string; state: CheckState } | null;
};

/**
 * Each service's health from one aggregate over its checks (counts per shown state, the worst state and
 * its first check by name), keyed by service id; services without checks are absent.
 */
export async function listServiceHealth({
  db,
  ctx,
  now = new Date(),
}: ServiceCall<void>): Promise<Record<string, ServiceHealthSummaryDto>> {
  assertRole(ctx, "VIEWER");
  const out: Record<string, ServiceHealthSummaryDto> = {};
  for (const g of await countShownStatesByService(db, now)) {
    const s = out[g.serviceId] ?? { state: null, checkCount: 0, counts: emptyCounts(), worst: null };
    out[g.serviceId] = s;
    s.checkCount += g.n;
    s.counts[g.state] = g.n;
    if (!s.worst || stateRank(g.state) < stateRank(s.worst.state)) {
      s.worst = { id: g.firstId, name: g.firstName, state: g.state };
      s.state = g.state;
    }
  }
  return out;
}
