import { hasRole, listServiceHealth, listServices, ValidationError } from "@opsdeck/core";
import type { Metadata } from "next";
import { CreateServiceForm } from "@/components/forms/service/create-service-form";
import { ServiceCard } from "@/components/services/service-card";
import { ServiceSearchForm } from "@/components/services/search-form";
import { ServiceSortLinks } from "@/components/services/sort-links";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseServiceSort, type ServiceRow, sortServices } from "@/lib/services/sort";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Services" };

type Search = { q?: string | string[]; sort?: string | string[] };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ServicesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("VIEWER");
  const params = await searchParams;
  const q = first(params.q)?.trim() ?? "";
  const sort = parseServiceSort(first(params.sort));
  const ctx = { actor: me };
  let error: string | null = null;
  let services: ServiceRow[] = [];
  try {
    const [list, health] = await Promise.all([
      listServices({ db: db(), ctx, input: { q: q || undefined } }),
      listServiceHealth({ db: db(), ctx, input: undefined }),
    ]);
    services = sortServices(
      list.map((s) => ({ ...s, health: health[s.id] ?? null })),
      sort,
    );
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    error = "That search is too long: use at most 100 characters.";
  }
  return (
    <>
      <PageHeader title="Services" description="What we run, how it is, who owns it, and where its runbook is." />
      {hasRole(me.role, "RESPONDER") && (
        <details className="card mb-4 p-4">
          <summary className="cursor-pointer font-semibold">Add service</summary>
          <div className="mt-3">
            <CreateServiceForm />
          </div>
        </details>
      )}
      <ServiceSearchForm q={q} sort={sort} />
      <ServiceSortLinks sort={sort} q={q} />
      {error && (
        <p role="alert" className="mb-4 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      {!error && services.length === 0 && (
        <p className="card p-6 text-center text-sm break-words text-slate-500 dark:text-slate-400">{q ? `No service matches “${q}”.` : "No services yet."}</p>
      )}
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {services.map((s) => (
          <ServiceCard key={s.id} service={s} />
        ))}
      </ul>
    </>
  );
}
