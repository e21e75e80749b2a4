import { listAuditLog, ValidationError, zonedDayRange } from "@opsdeck/core";
import type { Metadata } from "next";
import Link from "next/link";
import { AuditChanges } from "@/components/tables/audit/audit-changes";
import { AuditFilters } from "@/components/tables/audit-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { viewerZone } from "@/lib/time/viewer-zone";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | undefined>;
const FILTERS = ["actor", "action", "targetType", "from", "to"] as const;

function pick(sp: Search) {
  return Object.fromEntries(FILTERS.filter((k) => sp[k]).map((k) => [k, sp[k]])) as Record<string, string>;
}

/** From and To are whole days in the zone the times are shown in, both included; anything else goes to the service as typed. */
function inZone(filters: Record<string, string>, zone: string): Record<string, string> {
  const from = filters.from && zonedDayRange(filters.from, zone)?.start;
  const to = filters.to && zonedDayRange(filters.to, zone)?.end;
  return { ...filters, ...(from && { from }), ...(to && { to }) };
}

function Target({ type, id }: { type: string; id: string | null }) {
  return (
    <span className="text-xs">
      {type}
      {id && <span className="text-slate-500 dark:text-slate-400"> {id.slice(0, 10)}</span>}
    </span>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("ADMIN");
  const sp = await searchParams;
  const filters = pick(sp);
  let error: string | null = null;
  let page: Awaited<ReturnType<typeof listAuditLog>> = { entries: [], nextCursor: null } as never;
  try {
    page = await listAuditLog({
      db: db(),
      ctx: { actor: me },
      input: { ...inZone(filters, await viewerZone()), cursor: sp.cursor },
    });
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    error = Object.entries(err.fieldErrors)
      .map(([k, v]) => `${k}: ${v.join(", ")}`)
      .join("; ");
  }
  const next = page.nextCursor ? `?${new URLSearchParams({ ...filters, cursor: page.nextCursor })}` : null;
  return (
    <>
      <PageHeader title="Audit log" description="Every change made in Opsdeck: who, what, when, before and after." />
      <AuditFilters values={filters} />
      {error && (
        <p role="alert" className="mb-4 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <ul className="card divide-y divide-slate-100 sm:hidden dark:divide-slate-800" aria-label="Audit log entries">
        {page.entries.map((e) => (
          <li key={e.id} className="flex min-w-0 flex-col gap-1 p-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-xs text-slate-500 dark:text-slate-400">
              <span className="font-mono text-slate-800 dark:text-slate-100">{e.action}</span>
              <span title={e.requestId ?? undefined}>
                <Time iso={e.createdAt} as="seconds" />
              </span>
            </div>
            <div className="flex flex-wrap gap-x-2 text-sm">
              <span>{e.actorLabel}</span>
              <Target type={e.targetType} id={e.targetId} />
            </div>
            <AuditChanges before={e.before} after={e.after} />
          </li>
        ))}
        {page.entries.length === 0 && (
          <li className="p-6 text-center text-sm text-slate-500 dark:text-slate-400">No entries match.</li>
        )}
      </ul>
      <section className="card hidden overflow-x-auto sm:block">
        <table className="table-base">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>Action</th>
              <th>Target</th>
              <th>What changed</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap text-slate-500 dark:text-slate-400" title={e.requestId ?? undefined}>
                  <Time iso={e.createdAt} as="seconds" />
                </td>
                <td className="whitespace-nowrap">{e.actorLabel}</td>
                <td className="whitespace-nowrap font-mono text-xs">{e.action}</td>
                <td className="whitespace-nowrap">
                  <Target type={e.targetType} id={e.targetId} />
                </td>
                <td className="min-w-64">
                  <AuditChanges before={e.before} after={e.after} />
                </td>
              </tr>
            ))}
            {page.entries.length === 0 && (
              <tr>
                <td colSpan={5} className="py-6 text-center text-slate-500 dark:text-slate-400">
                  No entries match.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      {next && (
        <div className="mt-4">
          <Link className="btn-secondary" href={next}>
            Older entries
          </Link>
        </div>
      )}
    </>
  );
}
