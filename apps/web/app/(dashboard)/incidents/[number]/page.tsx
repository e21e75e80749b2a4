import { getIncident, NotFoundError, ValidationError } from "@opsdeck/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { IncidentFacts } from "@/components/incidents/incident-facts";
import { IncidentTimeline } from "@/components/incidents/incident-timeline";
import { SlaPanel } from "@/components/incidents/sla-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string }> };

/** Incident numbers are Postgres integers: anything else cannot exist, so it is a 404 before any query. */
const MAX_INT = 2_147_483_647;

const loadIncident = cache(async (param: string) => {
  const me = await requireRole("VIEWER");
  const number = /^\d{1,10}$/.test(param) ? Number(param) : 0;
  if (number < 1 || number > MAX_INT) notFound();
  try {
    return await getIncident({ db: db(), ctx: { actor: me }, input: { number } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i = await loadIncident((await params).number);
  return { title: `#${i.number} ${i.title}` };
}

export default async function IncidentPage({ params }: Props) {
  await requireRole("VIEWER");
  const incident = await loadIncident((await params).number);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/incidents" className="text-slate-500 hover:underline dark:text-slate-400">
          ← Incidents
        </Link>
      </p>
      <PageHeader title={`#${incident.number} ${incident.title}`} description={incident.summary ?? undefined} />
      {/* On a phone the SLA comes right after the facts; on a wide screen it sits beside them. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <IncidentFacts incident={incident} />
        <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <SlaPanel incident={incident} />
        </div>
        <section className="card min-w-0 p-4" aria-labelledby="timeline">
          <h2 id="timeline" className="mb-4 font-semibold">
            Timeline
          </h2>
          <IncidentTimeline events={incident.events} detectedAt={incident.detectedAt} />
        </section>
      </div>
    </>
  );
}
