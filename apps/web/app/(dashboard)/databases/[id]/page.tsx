import { getDatabaseInsights, hasRole, NotFoundError, ValidationError } from "@opsdeck/core";
import { HEALTH_RANGES, type THealthRange } from "@opsdeck/core/check/index";
import { LONG_RUNNING_CHOICES } from "@opsdeck/core/database/schemas";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { InsightsView } from "@/components/databases/insights-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { insightsDeps } from "@/lib/databases/deps";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Search = { range?: string | string[]; long?: string | string[] };
type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Search> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Cached per request so the title and the page share one read of the database. */
const load = cache(async (id: string, range: THealthRange, long: number) => {
  const me = await requireRole("VIEWER");
  const now = new Date();
  try {
    const data = await getDatabaseInsights({
      db: db(),
      ctx: { actor: me },
      input: { id, range, longRunningSeconds: long },
      deps: insightsDeps(),
      now,
    });
    return { me, data, now };
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
});

async function args({ params, searchParams }: Props) {
  const { id } = await params;
  const search = (await searchParams) ?? {};
  const range = HEALTH_RANGES.find((r) => r === first(search.range)) ?? "24h";
  const long = LONG_RUNNING_CHOICES.find((s) => String(s) === first(search.long)) ?? 60;
  return [id, range, long] as const;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data } = await load(...(await args(props)));
  return { title: `${data.database.name} · Databases` };
}

export default async function DatabasePage(props: Props) {
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const { me, data, now } = await load(...(await args(props)));
  const d = data.database;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/databases" className="text-slate-500 hover:underline dark:text-slate-400">
          ← Databases
        </Link>
      </p>
      <PageHeader
        title={d.name}
        description={[
          d.source.kind === "check" ? "Postgres check" : "Postgres target",
          d.service ? `of ${d.service.name}` : null,
          d.address ? `· ${d.address}` : null,
        ]
          .filter(Boolean)
          .join(" ")}
      />
      <InsightsView
        initial={data}
        renderedAt={now.getTime()}
        liveFrom={liveFrom}
        canTerminate={hasRole(me.role, "ADMIN")}
      />
    </>
  );
}
