import { getAppMetrics, hasRole, NotFoundError, ValidationError } from "@opsdeck/core";
import { HEALTH_RANGES, type THealthRange } from "@opsdeck/core/check/index";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AppMetricsView } from "@/components/app-metrics/app-metrics-view";
import { EndpointForm } from "@/components/forms/app-metrics/endpoint-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<{ range?: string | string[] }> };

/** Cached per request so the title and the page share one read. */
const load = cache(async (slug: string, range: THealthRange) => {
  const me = await requireRole("VIEWER");
  const now = new Date();
  try {
    const data = await getAppMetrics({ db: db(), ctx: { actor: me }, input: { serviceSlug: slug, range }, now });
    return { me, data, now };
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
});

async function args({ params, searchParams }: Props) {
  const raw = (await searchParams)?.range;
  const range = HEALTH_RANGES.find((r) => r === (Array.isArray(raw) ? raw[0] : raw)) ?? "24h";
  return [(await params).slug, range] as const;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data } = await load(...(await args(props)));
  return { title: `App metrics · ${data.service.name}` };
}

export default async function AppMetricsPage(props: Props) {
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const [slug, range] = await args(props);
  const { me, data, now } = await load(slug, range);
  const canEdit = hasRole(me.role, "RESPONDER");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/services/${slug}`} className="text-slate-500 hover:underline dark:text-slate-400">
          ← {data.service.name}
        </Link>
      </p>
      <PageHeader
        title="App metrics"
        description={`Request rate, 5xx errors and latency of ${data.service.name}, from its Prometheus metrics.`}
      />
      <AppMetricsView initial={data} range={range} renderedAt={now.getTime()} liveFrom={liveFrom} />
      {canEdit && (
        <details className="card mt-6 min-w-0 p-4" open={!data.endpoint}>
          <summary className="cursor-pointer font-semibold">Metrics endpoint</summary>
          <div className="mt-3">
            <EndpointForm key={data.endpoint?.url ?? "none"} slug={slug} endpoint={data.endpoint} />
          </div>
        </details>
      )}
    </>
  );
}
