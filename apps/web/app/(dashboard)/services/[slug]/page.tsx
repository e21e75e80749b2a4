import {
  getService,
  getServiceDeletionImpact,
  hasRole,
  listUserRefs,
  NotFoundError,
  ValidationError,
} from "@opsdeck/core";
import { getServiceHealth, HEALTH_RANGES, type THealthRange } from "@opsdeck/core/check/index";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ServiceActionsPanel } from "@/components/actions/panel/service-actions-panel";
import { CreateCheckForm } from "@/components/forms/check/create-check-form";
import { DeleteServiceForm } from "@/components/forms/service/delete-service-form";
import { EditServiceForm } from "@/components/forms/service/edit-service-form";
import { ServiceHealth } from "@/components/health/service-health";
import { MarkdownText } from "@/components/services/markdown-text";
import { ServiceFacts } from "@/components/services/service-facts";
import { IncidentTable } from "@/components/tables/incidents/incident-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<{ range?: string | string[] }> };

/** Cached per request so the title and the page share one read. */
const loadService = cache(async (slug: string) => {
  const me = await requireRole("VIEWER");
  try {
    return await getService({ db: db(), ctx: { actor: me }, input: { slug } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadService((await params).slug)).name };
}

export default async function ServicePage({ params, searchParams }: Props) {
  const me = await requireRole("VIEWER");
  const service = await loadService((await params).slug);
  const raw = (await searchParams)?.range;
  const range = HEALTH_RANGES.find((r) => r === (Array.isArray(raw) ? raw[0] : raw)) ?? ("24h" satisfies THealthRange);
  const now = new Date();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const health = await getServiceHealth({
    db: db(),
    ctx: { actor: me },
    input: { serviceSlug: service.slug, range },
    now,
  });
  const canAct = hasRole(me.role, "RESPONDER");
  const ctx = { actor: me };
  const [people, impact] = canAct
    ? await Promise.all([
        listUserRefs({ db: db(), ctx }),
        getServiceDeletionImpact({ db: db(), ctx, input: { serviceSlug: service.slug } }),
      ])
    : [[], null];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/services" className="text-slate-500 hover:underline dark:text-slate-400">
          ← Services
        </Link>
      </p>
      <PageHeader
        title={service.name}
        description={service.description ?? undefined}
        actions={
          canAct && (
            <Link href={`/incidents/new?service=${encodeURIComponent(service.slug)}`} className="btn-danger">
              Declare incident
            </Link>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section className="card min-w-0 p-4" aria-labelledby="runbook">
          <h2 id="runbook" className="mb-2 font-semibold">
            Runbook
          </h2>
          {service.runbookMd ? (
            <MarkdownText source={service.runbookMd} />
          ) : (
            <p className="text-sm text-slate-500 dark:text-slate-400">No runbook written for this service yet.</p>
          )}
        </section>
        <ServiceFacts service={service} />
      </div>
      <p className="mt-4 text-sm">
        <Link
          href={`/services/${service.slug}/metrics`}
          className="font-medium text-emerald-700 hover:underline dark:text-emerald-400"
        >
          App metrics: request rate, 5xx errors, latency →
        </Link>
      </p>
      <ServiceActionsPanel serviceIds={[service.id]} />
      {canAct && (
        <details className="card mt-6 min-w-0 p-4">
          <summary className="cursor-pointer font-semibold">Edit service</summary>
          <div className="mt-3">
            <EditServiceForm key={service.updatedAt} service={service} people={people} />
          </div>
        </details>
      )}
      <ServiceHealth
        slug={service.slug}
        initial={health}
        renderedAt={now.getTime()}
        canAct={canAct}
        liveFrom={liveFrom}
      />
      {canAct && (
        <section className="card mt-6 min-w-0 p-4" aria-labelledby="add-check">
          <h2 id="add-check" className="mb-3 font-semibold">
            Add check
          </h2>
          <CreateCheckForm serviceId={service.id} slug={service.slug} />
        </section>
      )}
      <section className="mt-6 min-w-0" aria-labelledby="recent-incidents">
        <h2 id="recent-incidents" className="mb-3 text-lg font-semibold">
          Recent incidents
        </h2>
        <IncidentTable incidents={service.recentIncidents} empty="No incidents recorded against this service." />
      </section>
      {impact && (
        <details className="card mt-6 min-w-0 border-red-200 p-4 dark:border-red-900/60">
          <summary className="cursor-pointer font-semibold text-red-700 dark:text-red-400">Delete service</summary>
          <div className="mt-3">
            <DeleteServiceForm slug={service.slug} name={service.name} impact={impact} />
          </div>
        </details>
      )}
    </>
  );
}
