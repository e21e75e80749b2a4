import type { Db, Severity } from "@opsdeck/db";
import { activeMaintenance, shownState } from "../check/maintenance.ts";
import { isStale } from "../check/tiles.ts";
import { getWorkerStatus } from "../health/worker-status.ts";
import { readDailyUptime } from "./daily-uptime.ts";
import type { StatusPageDto, StatusServiceDto } from "./dto.ts";
import { readPublicIncidents } from "./incidents.ts";
import { overallLevel, STATUS_LABELS, serviceLevel } from "./state.ts";

export type StatusPageRead = {
  page: StatusPageDto;
  /** The checks of public services: a state change of any other check cannot change the page. */
  checkIds: ReadonlySet<string>;
};

/** The public status page as of `now`: a plain DTO holding only what is marked public. */
export async function buildStatusPage(db: Db, now = new Date()): Promise<StatusPageDto> {
  return (await readStatusPage(db, now)).page;
}

/** The page and the checks it depends on, for a cache that drops it when one of them changes state. */
export async function readStatusPage(db: Db, now = new Date()): Promise<StatusPageRead> {
  const [services, maint, worker, incidents] = await Promise.all([
    db.service.findMany({
      where: { public: true },
      select: {
        id: true,
        name: true,
        publicName: true,
        checks: {
          select: {
            id: true,
            serviceId: true,
            state: true,
            health: true,
            paused: true,
            intervalSeconds: true,
            lastCheckedAt: true,
            createdAt: true,
          },
        },
      },
    }),
    activeMaintenance(db, now),
    getWorkerStatus({ db, now }),
    readPublicIncidents(db, now),
  ]);
  const uptime = await readDailyUptime(
    db,
    services.map((s) => s.id),
    now,
  );
  const openBy = new Map<string, Severity[]>();
  for (const i of incidents.open)
    for (const id of i.serviceIds) openBy.set(id, [...(openBy.get(id) ?? []), i.dto.severity]);
  const out: StatusServiceDto[] = services.map((s) => {
    const checks = s.checks.map((c) => ({
      state: shownState(maint, c),
      stale: isStale(c, now.getTime(), worker.running),
    }));
    const state = serviceLevel(checks, openBy.get(s.id) ?? []);
    const u = uptime.get(s.id);
    return {
      name: s.publicName ?? s.name,
      state,
      stateLabel: STATUS_LABELS[state],
      uptime90: u?.uptime90 ?? null,
      days: u?.days ?? [],
    };
  });
  out.sort((a, b) => a.name.localeCompare(b.name, "en"));
  const state = overallLevel(
    out.map((s) => s.state),
    incidents.open.map((i) => i.dto.severity),
  );
  return {
    page: {
      generatedAt: now.toISOString(),
      state,
      stateLabel: STATUS_LABELS[state],
      services: out,
      incidents: incidents.open.map((i) => i.dto),
      recent: incidents.recent.map((i) => i.dto),
    },
    checkIds: new Set(services.flatMap((s) => s.checks.map((c) => c.id))),
  };
}
