import type { CheckState } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { stateRank } from "../check/tiles.ts";
import { assertRole } from "../roles.ts";

export type ServiceHealthSummaryDto = {
  /** The worst state among the service's checks; null when it has none. */
  state: CheckState | null;
  checkCount: number;
  /** The check in that state (by name when several are), for "what is wrong" at a glance. */
  worst: { id: string; name: string; state: CheckState } | null;
};

/** Each service's health as its checks' worst state, keyed by service id; services without checks are absent. */
export async function listServiceHealth({
  db,
  ctx,
}: ServiceCall<void>): Promise<Record<string, ServiceHealthSummaryDto>> {
  assertRole(ctx, "VIEWER");
  const checks = await db.check.findMany({
    select: { id: true, serviceId: true, name: true, state: true },
    orderBy: [{ serviceId: "asc" }, { name: "asc" }],
  });
  const out: Record<string, ServiceHealthSummaryDto> = {};
  for (const c of checks) {
    const s = out[c.serviceId] ?? { state: null, checkCount: 0, worst: null };
    out[c.serviceId] = s;
    s.checkCount++;
    if (!s.worst || stateRank(c.state) < stateRank(s.worst.state)) {
      s.worst = { id: c.id, name: c.name, state: c.state };
      s.state = c.state;
    }
  }
  return out;
}
