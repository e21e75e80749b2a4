import { escalatingCounts, listEscalationPolicies, listSchedules, listServicesPage, listUserRefs } from "@opsdeck/core";
import type { Metadata } from "next";
import { PolicyCard } from "@/components/escalation/policy-card";
import { PolicyForm } from "@/components/forms/escalation/policy-form";
import type { PolicyChoices } from "@/components/forms/escalation/policy-values";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Escalation policies" };

/** The schedules' layers, people and services an admin's form offers. */
async function choicesFor(me: SessionUser): Promise<PolicyChoices> {
  const ctx = { actor: me };
  const [schedules, users, services] = await Promise.all([
    listSchedules({ db: db(), ctx }),
    listUserRefs({ db: db(), ctx }),
    listServicesPage({ db: db(), ctx }),
  ]);
  return {
    schedules: schedules.items.map((s) => ({ name: s.name, layers: s.layers.map((l) => l.name) })),
    users: users.map((u) => ({ email: u.email, name: u.name })),
    services: services.items.map((s) => ({ slug: s.slug, name: s.name })),
  };
}

export default async function EscalationPoliciesPage() {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const isAdmin = me.role === "ADMIN";
  const [policies, counts, choices] = await Promise.all([
    listEscalationPolicies({ db: db(), ctx }),
    escalatingCounts({ db: db(), ctx }),
    isAdmin ? choicesFor(me) : undefined,
  ]);
  return (
    <>
      <BackLink href="/settings">Settings</BackLink>
      <PageHeader
        title="Escalation policies"
        description={`Who is paged when an incident opens, in which order, until someone acknowledges. A policy naming the incident's service comes before one covering all services; ties go by name.${isAdmin ? "" : " Only admins change them."}`}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_28rem]">
        <section aria-label="Policies" className="min-w-0 space-y-4">
          {policies.items.length === 0 && (
            <p className="card p-4 text-sm text-slate-600 dark:text-slate-400">
              No escalation policies yet: opening an incident pages nobody.
            </p>
          )}
          {policies.items.map((p) => (
            <PolicyCard key={p.id} policy={p} escalating={counts[p.id] ?? 0} choices={choices} />
          ))}
        </section>
        {choices && (
          <section className="card min-w-0 self-start p-4" aria-labelledby="add-policy-heading">
            <h2 id="add-policy-heading" className="mb-3 font-semibold">
              Add an escalation policy
            </h2>
            <PolicyForm choices={choices} />
          </section>
        )}
      </div>
    </>
  );
}
