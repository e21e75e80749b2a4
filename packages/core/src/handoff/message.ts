import type { Db } from "@opsdeck/db";
import type { HandoffIncident, HandoffMessage } from "@opsdeck/integrations";
import { formatStamp } from "../time/format.ts";
import type { DueHandoff } from "./due.ts";

const link = (baseUrl: string | undefined, path: string) => (baseUrl ? `${baseUrl.replace(/\/+$/, "")}${path}` : null);

/** The open incidents, those nobody has acknowledged first, then by severity and age. */
async function openIncidents(db: Db, zone: string, baseUrl: string | undefined): Promise<HandoffIncident[]> {
  const rows = await db.incident.findMany({
    where: { status: { not: "RESOLVED" } },
    include: { service: { select: { name: true } } },
    orderBy: [{ severity: "asc" }, { detectedAt: "asc" }, { number: "asc" }],
  });
  const list = rows.map((i) => ({
    number: i.number,
    title: i.title,
    severity: i.severity,
    service: i.service?.name ?? null,
    openedAt: i.detectedAt.toISOString(),
    opened: formatStamp(i.detectedAt, zone),
    acknowledged: i.acknowledgedAt !== null,
    url: link(baseUrl, `/incidents/${i.number}`),
  }));
  return [...list.filter((i) => !i.acknowledged), ...list.filter((i) => i.acknowledged)];
}

/** What the incoming person of a due handoff is sent: the open incidents and the outgoing person's note. */
export async function buildHandoffMessage(db: Db, h: DueHandoff, baseUrl?: string): Promise<HandoffMessage> {
  const ids = [h.userId, ...(h.fromUserId ? [h.fromUserId] : [])];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, name: true } });
  const nameOf = (id: string | null) => {
    const u = users.find((x) => x.id === id);
    return u ? (u.name ?? u.email) : null;
  };
  const note = await db.onCallHandoffNote.findUnique({
    where: { layerId_handoffAt: { layerId: h.layerId, handoffAt: h.startsAt } },
  });
  return {
    schedule: h.schedule,
    layer: h.layer,
    to: nameOf(h.userId) ?? "the incoming person",
    from: nameOf(h.fromUserId),
    startsAt: h.startsAt.toISOString(),
    starts: formatStamp(h.startsAt, h.timeZone),
    note: note?.note ?? null,
    incidents: await openIncidents(db, h.timeZone, baseUrl),
    url: link(baseUrl, `/schedules/${h.scheduleId}/handoff`),
  };
}
