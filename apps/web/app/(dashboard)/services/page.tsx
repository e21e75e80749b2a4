import { hasRole, listServices, ValidationError } from "@opsdeck/core";
import type { Metadata } from "next";
import { CreateServiceForm } from "@/components/forms/service/create-service-form";
import { ServiceCard } from "@/components/services/service-card";
import { ServiceSearchForm } from "@/components/services/search-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Services" };

type Search = { q?: string | string[] };

export default async function ServicesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("VIEWER");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  let error: string | null = null;
  let services: Awaited<ReturnType<typeof listServices>> = [];
  try {
    services = await listServices({ db: db(), ctx: { actor: me }, input: { q: q || undefined } });
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    error = "That search is too long: use at most 100 characters.";
  }
  return (
    <>
      <PageHeader title="Services" description="What we run, who owns it, and where its runbook is. Most critical tier first." />
      {hasRole(me.role, "RESPONDER") && (
        <details className="card mb-4 p-4">
          <summary className="cursor-pointer font-semibold">Add service</summary>
          <div className="mt-3">
            <CreateServiceForm />
          </div>
        </details>
      )}
      <ServiceSearchForm q={q} />
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
