import type { ServiceHealthSummaryDto, ServiceSummaryDto } from "@opsdeck/core";
import { STATE_ORDER } from "@opsdeck/core/check/tiles";

export const SERVICE_SORTS = [
  ["tier", "Tier"],
  ["health", "Health"],
  ["incidents", "Open incidents"],
  ["name", "Name"],
] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number][0];

export type ServiceRow = ServiceSummaryDto & { health: ServiceHealthSummaryDto | null };

/** Worst first; a service without checks after every state, since nothing tells us how it is. */
const healthRank = (r: ServiceRow) => (r.health?.state ? STATE_ORDER.indexOf(r.health.state) : STATE_ORDER.length);

const byName = (a: ServiceRow, b: ServiceRow) => a.name.localeCompare(b.name, "en", { sensitivity: "base" });

const ORDER: Record<ServiceSort, (a: ServiceRow, b: ServiceRow) => number> = {
  tier: (a, b) => a.tier.localeCompare(b.tier) || byName(a, b),
  health: (a, b) => healthRank(a) - healthRank(b) || b.openIncidentCount - a.openIncidentCount || byName(a, b),
  incidents: (a, b) => b.openIncidentCount - a.openIncidentCount || healthRank(a) - healthRank(b) || byName(a, b),
  name: byName,
};

export const parseServiceSort = (raw: string | undefined): ServiceSort =>
  SERVICE_SORTS.find(([key]) => key === raw)?.[0] ?? "tier";

/** The services in the chosen order; the input is left as it was. */
export const sortServices = (rows: readonly ServiceRow[], sort: ServiceSort): ServiceRow[] => [...rows].sort(ORDER[sort]);
