import { listAuditLog, ValidationError } from "@opsdeck/core";
import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/tables/audit-filters";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | undefined>;
const FILTERS = ["actor", "action", "targetType", "from", "to"] as const;

function pick(sp: Search) {
  return Object.fromEntries(FILTERS.filter((k) => sp[k]).map((k) => [k, sp[k]])) as Record<string, string>;
}

function Change({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-400">—</span>;
  return <code className="block max-w-xs overflow-hidden text-xs break-all text-ellipsis whitespace-pre-wrap sm:max-w-md">{JSON.stringify(value)}</code>;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("ADMIN");
  const sp = await searchParams;
  const filters = pick(sp);
  let error: string | null = null;
  let page: Awaited<ReturnType<typeof listAuditLog>> = { entries: [], nextCursor: null } as never;
  try {
    page = await listAuditLog({ db: db(), ctx: { actor: me }, input: { ...filters, cursor: sp.cursor } });
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    error = Object.entries(err.fieldErrors).map(([k, v]) => `${k}: ${v.join(", ")}`).join("; ");
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
      <section className="card overflow-x-auto">
        <table className="table-base">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>Action</th>
              <th>Target</th>
              <th>Before</th>
              <th>After</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap text-slate-500" title={e.requestId ?? undefined}>
                  {e.createdAt.slice(0, 19).replace("T", " ")}
                </td>
                <td className="whitespace-nowrap">{e.actorLabel}</td>
                <td className="whitespace-nowrap font-mono text-xs">{e.action}</td>
                <td className="whitespace-nowrap text-xs">
                  {e.targetType}
                  {e.targetId && <span className="text-slate-500"> {e.targetId.slice(0, 10)}</span>}
                </td>
                <td>
                  <Change value={e.before} />
                </td>
                <td>
                  <Change value={e.after} />
                </td>
              </tr>
            ))}
            {page.entries.length === 0 && (
              <tr>
                <td colSpan={6} className="py-6 text-center text-slate-500">
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
