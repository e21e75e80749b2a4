import type { Severity } from "@opsdeck/db";
import { formatAgo } from "../../time/relative.ts";
import { evidence, nameSome, type Reader, plural } from "./internal.ts";
import type { Evidence } from "./rules.ts";
import { postmortemDueAt } from "../../postmortem/policy.ts";
import type { SeverityPolicyMap } from "../../severity/policy.ts";
import { readSeverityPolicy, requiredSeverities } from "../../severity/read.ts";
import { HOUR_MS } from "./thresholds.ts";

/** "P0 or P1 incident resolved more than 48 h ago", or per severity when their due times differ. */
function requirement(policy: SeverityPolicyMap, severities: Severity[]): string {
  const hours = new Set(severities.map((s) => policy[s].postmortemDueHours));
  if (hours.size === 1) return `${severities.join(" or ")} incident resolved more than ${[...hours][0]} h ago`;
  return severities.map((s) => `${s} incident resolved more than ${policy[s].postmortemDueHours} h ago`).join(" or ");
}

/** Resolved incidents of the severities the policy asks a postmortem for, past its due time without a published one. */
export async function postmortemsNoneOverdue(db: Reader, now: Date): Promise<Evidence> {
  const policy = await readSeverityPolicy(db);
  const required = requiredSeverities(policy);
  const overdue = required.length
    ? await db.incident.findMany({
        where: {
          status: "RESOLVED",
          OR: required.map((severity) => ({
            severity,
            resolvedAt: { lt: new Date(now.getTime() - policy[severity].postmortemDueHours * HOUR_MS) },
          })),
          AND: { OR: [{ postmortem: null }, { postmortem: { status: { not: "PUBLISHED" } } }] },
        },
        select: {
          number: true,
          title: true,
          severity: true,
          resolvedAt: true,
          postmortem: { select: { id: true, status: true } },
        },
        orderBy: { resolvedAt: "asc" },
      })
    : [];
  if (overdue.length === 0)
    return evidence(
      "postmortems.none_overdue",
      now,
      "pass",
      required.length
        ? `No postmortem overdue: every ${requirement(policy, required)} has a published one`
        : "No postmortem overdue: the severity policy asks for none",
      [{ label: "Postmortems", href: "/postmortems" }],
    );
  const named = overdue.map((i) => {
    const dueAt = i.resolvedAt && postmortemDueAt(i.resolvedAt, policy[i.severity].postmortemDueHours);
    const late = dueAt ? `, due ${formatAgo(now.getTime() - dueAt.getTime())}` : "";
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
