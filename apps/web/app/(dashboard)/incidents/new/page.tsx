import { listServices, listSeverityPolicy, listUserRefs } from "@opsdeck/core";
import type { Metadata } from "next";
import { DeclareIncidentForm } from "@/components/forms/incident/declare-form";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Declare incident" };

type Search = { service?: string | string[] };

export default async function DeclareIncidentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("RESPONDER");
  const ctx = { actor: me };
  const [services, people, policy] = await Promise.all([
    listServices({ db: db(), ctx }),
    listUserRefs({ db: db(), ctx, minRole: "RESPONDER" }),
    listSeverityPolicy({ db: db(), ctx }),
  ]);
  const raw = (await searchParams).service;
  const preselected = Array.isArray(raw) ? raw[0] : raw;
  return (
    <>
      <BackLink href="/incidents">Incidents</BackLink>
      <PageHeader
        title="Declare incident"
        description="Severity follows the severity policy (Settings → Severity policy); you can change it, and hand over the roles, once it is open."
      />
      <section className="card max-w-3xl p-4">
        <DeclareIncidentForm
          services={services.map(({ slug, name }) => ({ slug, name }))}
          people={people}
          me={{ id: me.id }}
          policy={policy}
          preselected={preselected}
        />
      </section>
    </>
  );
}
