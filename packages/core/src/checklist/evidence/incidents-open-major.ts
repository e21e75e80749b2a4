import { evidence, nameSome, type Reader, plural } from "./internal.ts";
import type { Evidence } from "./rules.ts";
import { MAJOR_SEVERITIES } from "./thresholds.ts";

/** Open P0 and P1 incidents, worst and oldest first; one read through the (status, severity) index. */
export async function incidentsNoneOpenMajor(db: Reader, now: Date): Promise<Evidence> {
  const open = await db.incident.findMany({
    where: { status: { in: ["INVESTIGATING", "IDENTIFIED", "MONITORING"] }, severity: { in: [...MAJOR_SEVERITIES] } },
    select: { number: true, title: true, severity: true },
    orderBy: [{ severity: "asc" }, { number: "asc" }],
  });
  if (open.length === 0)
    return evidence("incidents.none_open_major", now, "pass", "No P0 or P1 incident is open", [
      { label: "Incidents", href: "/incidents" },
    ]);
  const named = open.map((i) => `#${i.number} ${i.severity} ${i.title}`);
  return evidence(
    "incidents.none_open_major",
    now,
    "fail",
    `${plural(open.length, "major incident")} open: ${nameSome(named)}`,
    open.map((i) => ({ label: `Incident #${i.number}`, href: `/incidents/${i.number}` })),
  );
}
