import { getIncident, getIncidentResponse, hasRole, listUserRefs, NotFoundError, ValidationError } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceActionsPanel } from "@/components/actions/panel/service-actions-panel";
import { IncidentView } from "@/components/incidents/incident-view";
import { ResponseChecklist } from "@/components/incidents/response/response-checklist";
import { OnCallBox } from "@/components/schedules/on-call-box";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { onCallNow } from "@/lib/schedules/on-call-now";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string }> };

/** Incident numbers are Postgres integers: anything else cannot exist, so it is a 404 before any query. */
const MAX_INT = 2_147_483_647;

/** Not cached across metadata and page: the page must read it after its live cursor. */
async function loadIncident(param: string) {
  const me = await requireRole("VIEWER");
  const number = /^\d{1,10}$/.test(param) ? Number(param) : 0;
  if (number < 1 || number > MAX_INT) notFound();
  try {
    return await getIncident({ db: db(), ctx: { actor: me }, input: { number } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i = await loadIncident((await params).number);
  return { title: `#${i.number} ${i.title}` };
}

export default async function IncidentPage({ params }: Props) {
  const me = await requireRole("VIEWER");
  const now = Date.now();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const incident = await loadIncident((await params).number);
  const canWrite = hasRole(me.role, "RESPONDER");
  const people = canWrite ? await listUserRefs({ db: db(), ctx: { actor: me }, minRole: "RESPONDER" }) : null;
  const response = await getIncidentResponse({ db: db(), ctx: { actor: me }, input: { number: incident.number } });
  const onCall = await onCallNow();
  const checklist = <ResponseChecklist initial={response} renderedAt={now} liveFrom={liveFrom} canWrite={canWrite} />;
  return (
    <>
      <BackLink href="/incidents">Incidents</BackLink>
      <IncidentView
        initial={incident}
        renderedAt={now}
        liveFrom={liveFrom}
        people={people}
        checklist={checklist}
        onCall={<OnCallBox initial={onCall.onCall} renderedAt={onCall.renderedAt} />}
      />
      <ServiceActionsPanel serviceIds={incident.services.map((s) => s.id)} incidentNumber={incident.number} />
    </>
  );
}
