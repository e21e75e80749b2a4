import { formatAgo } from "../../time/relative.ts";
import { evidence, nameSome, type Reader, plural } from "./internal.ts";
import type { Evidence } from "./rules.ts";
import { POSTMORTEM_DUE_HOURS, postmortemDueAt, REQUIRED_SEVERITIES } from "../../postmortem/policy.ts";
import { HOUR_MS } from "./thresholds.ts";

/** Resolved P0 and P1 incidents past the due time without a published postmortem. */
export async function postmortemsNoneOverdue(db: Reader, now: Date): Promise<Evidence> {
  const overdue = await db.incident.findMany({
    where: {
      status: "RESOLVED",
      severity: { in: [...REQUIRED_SEVERITIES] },
      resolvedAt: { lt: new Date(now.getTime() - POSTMORTEM_DUE_HOURS * HOUR_MS) },
      OR: [{ postmortem: null }, { postmortem: { status: { not: "PUBLISHED" } } }],
    },
    select: {
      number: true,
      title: true,
      severity: true,
      resolvedAt: true,
      postmortem: { select: { id: true, status: true } },
    },
    orderBy: { resolvedAt: "asc" },
  });
  if (overdue.length === 0)
    return evidence(
      "postmortems.none_overdue",
      now,
      "pass",
      `No postmortem overdue: every P0 or P1 incident resolved more than ${POSTMORTEM_DUE_HOURS} h ago has a published one`,
      [{ label: "Postmortems", href: "/postmortems" }],
    );
  const named = overdue.map((i) => {
    const late = i.resolvedAt ? `, due ${formatAgo(now.getTime() - postmortemDueAt(i.resolvedAt).getTime())}` : "";
    const state = i.postmortem ? `postmortem ${i.postmortem.status.toLowerCase().replace("_", " ")}` : "no postmortem";
    return `#${i.number} ${i.severity} ${i.title} (${state}${late})`;
  });
  return evidence(
    "postmortems.none_overdue",
    now,
    "fail",
    `${plural(overdue.length, "postmortem")} overdue: ${nameSome(named)}`,
    overdue.map((i) =>
      i.postmortem
        ? { label: `Postmortem #${i.number}`, href: `/postmortems/${i.postmortem.id}` }
        : { label: `Incident #${i.number}`, href: `/incidents/${i.number}` },
    ),
  );
}
