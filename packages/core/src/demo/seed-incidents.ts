import { DEMO_INCIDENTS, type DemoEventKind, type DemoIncident } from "./incidents.ts";
import { recordDueBreaches } from "../incident/breaches.ts";
import { INCIDENT_STATE_SELECT } from "../incident/state.ts";
import { dueAtFor } from "../postmortem/policy.ts";
import { readSeverityPolicy } from "../severity/read.ts";
import { dueBreaches } from "../severity/sla.ts";
import { timelineLine } from "../postmortem/timeline-text.ts";
import type { SeedDemoCounts, Tx } from "./seed.ts";
import { seedResponseSteps } from "./seed-response.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function timeline(incident: DemoIncident, detectedAt: Date): { at: Date; kind: DemoEventKind; message: string }[] {
  return incident.events.map((e) => ({ ...e, at: new Date(detectedAt.getTime() + e.after * MINUTE) }));
}

/** The demo's incidents, held to the stored policy, with the targets they missed recorded. */
export async function seedIncidents(tx: Tx, now: Date, serviceIds: Map<string, string>, counts: SeedDemoCounts) {
  const policy = await readSeverityPolicy(tx);
  for (const demo of DEMO_INCIDENTS) {
    if (await tx.incident.findFirst({ where: { title: demo.title }, select: { id: true } })) continue;
    const detectedAt = new Date(now.getTime() - demo.detectedMinutesAgo * MINUTE);
    const events = timeline(demo, detectedAt);
    const firstAt = (kind: DemoEventKind) => events.find((e) => e.kind === kind)?.at ?? null;
    const serviceId = serviceIds.get(demo.serviceSlug) ?? null;
    const targets = policy[demo.severity];
    const incident = await tx.incident.create({
      data: {
        title: demo.title,
        summary: demo.summary,
        severity: demo.severity,
        status: demo.status,
        serviceId,
        services: { create: serviceId ? [{ serviceId }] : [] },
        detectedAt,
        acknowledgedAt: firstAt("acknowledged"),
        respondedAt: firstAt("acknowledged") ?? firstAt("resolved"),
        mitigatedAt: firstAt("mitigated"),
        resolvedAt: firstAt("resolved"),
        responseTargetMinutes: targets.responseMinutes,
        resolveTargetMinutes: targets.resolveMinutes,
        createdAt: detectedAt,
        events: { create: events.map(({ kind, message, at }) => ({ kind, message, at })) },
      },
      select: INCIDENT_STATE_SELECT,
    });
    const missed = dueBreaches(incident, now).length;
    await recordDueBreaches(tx, incident, now);
    counts.incidents++;
    counts.incidentEvents += events.length + missed;
    counts.responseSteps += await seedResponseSteps(tx, incident.id, demo, detectedAt, firstAt("resolved"));
    const pm = demo.postmortem;
    if (!pm) continue;
    const { actionItems, ...fields } = pm;
    await tx.postmortem.create({
      data: {
        ...fields,
        incidentId: incident.id,
        title: demo.title,
        dueAt: dueAtFor({ severity: demo.severity, resolvedAt: firstAt("resolved") }, policy),
        publishedAt: pm.status === "PUBLISHED" ? now : null,
        timeline: events.map((e) => timelineLine(e.at, e.message)).join("\n"),
        actionItems: {
          create: actionItems.map(({ dueInDays, ...item }) => ({
            ...item,
            dueDate: new Date(now.getTime() + dueInDays * DAY),
          })),
        },
      },
    });
    counts.postmortems++;
    counts.actionItems += actionItems.length;
  }
}
