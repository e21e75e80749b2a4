import type { CheckState } from "@opsdeck/db";
import { activeMaintenance, shownState } from "../../check/maintenance.ts";
import { isStale, stateRank } from "../../check/tiles.ts";
import { evidence, nameSome, type Reader, plural } from "./internal.ts";
import type { Evidence } from "./rules.ts";

type CheckRow = {
  id: string;
  name: string;
  serviceId: string;
  serviceSlug: string;
  serviceName: string;
  state: CheckState;
  health: CheckState;
  paused: boolean;
  intervalSeconds: number;
  lastCheckedAt: Date | null;
  createdAt: Date;
};

const byName = new Intl.Collator("en").compare;

/**
 * Judges what the Overview shows: a window covers a check or its service → left out, paused → left
 * out, and a state with no result for two intervals (the tile's STALE) is not taken as current.
 */
export async function checksAllUp(db: Reader, now: Date): Promise<Evidence> {
  const [rows, maint] = await Promise.all([
    db.$queryRaw<CheckRow[]>`
      SELECT c.id, c.name, c."serviceId", s.slug AS "serviceSlug", s.name AS "serviceName",
        c.state::text AS state, c.health::text AS health, c.paused, c."intervalSeconds", c."lastCheckedAt", c."createdAt"
      FROM "Check" c JOIN "Service" s ON s.id = c."serviceId"`,
    activeMaintenance(db, now),
  ]);
  const judged = rows
    .map((c) => ({ ...c, shown: shownState(maint, c), stale: isStale(c, now.getTime()) }))
    .filter((c) => !c.paused && c.shown !== "MAINTENANCE");
  if (judged.length === 0) {
    const why = rows.length === 0 ? "No checks" : `No checks to judge: all ${rows.length} paused or in maintenance`;
    return evidence("checks.all_up", now, "unknown", why, [{ label: "Overview", href: "/" }]);
  }
  const failing = judged
    .filter((c) => c.shown !== "UP" || c.stale)
    .sort(
      (x, y) =>
        stateRank(x.shown) - stateRank(y.shown) || byName(x.serviceName, y.serviceName) || byName(x.name, y.name),
    );
  const left = rows.length - judged.length;
  if (failing.length === 0)
    return evidence(
      "checks.all_up",
      now,
      "pass",
      `Every check is up (${plural(judged.length, "check")}${left ? `; ${left} paused or in maintenance left out` : ""})`,
      [{ label: "Overview", href: "/" }],
    );
  const named = failing.map((c) => `${c.serviceName} / ${c.name} (${c.shown === "UP" ? "stale" : c.shown})`);
  const services = new Map(failing.map((c) => [c.serviceSlug, c.serviceName]));
  return evidence(
    "checks.all_up",
    now,
    "fail",
    `${failing.length} of ${plural(judged.length, "check")} not up: ${nameSome(named)}`,
    [
      ...[...services].map(([slug, name]) => ({ label: name, href: `/services/${encodeURIComponent(slug)}` })),
      { label: "Overview", href: "/" },
    ],
  );
}
