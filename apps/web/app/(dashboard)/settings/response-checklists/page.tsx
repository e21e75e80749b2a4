import { listResponseDefaults, severityLabel } from "@opsdeck/core";
import type { Metadata } from "next";
import { DefaultsForm } from "@/components/forms/response/defaults-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Response checklists" };

export default async function ResponseChecklistsPage() {
  const me = await requireRole("ADMIN");
  const all = await listResponseDefaults({ db: db(), ctx: { actor: me } });
  return (
    <>
      <BackLink href="/settings">Settings</BackLink>
      <PageHeader
        title="Response checklists"
        description="The steps responders tick on an incident, per severity. An incident gets a copy of its severity's steps when it opens; raising its severity adds the new severity's steps it lacks. Saving here changes only incidents opened later."
      />
      <div className="grid gap-6 xl:grid-cols-2">
        {all.map((d) => (
          <DefaultsForm key={`${d.severity}-${d.updatedAt}`} defaults={d} label={severityLabel(d.severity)} />
        ))}
      </div>
    </>
  );
}
