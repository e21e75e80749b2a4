import { listUserRefs, selectableTimeZones } from "@opsdeck/core";
import type { Metadata } from "next";
import Link from "next/link";
import { TemplateForm } from "@/components/forms/checklist/template-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { viewerZone } from "@/lib/time/viewer-zone";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add checklist" };

export default async function NewChecklistPage() {
  const me = await requireRole("ADMIN");
  const [people, zone] = await Promise.all([
    listUserRefs({ db: db(), ctx: { actor: me }, minRole: "RESPONDER" }),
    viewerZone(),
  ]);
  return (
    <>
      <BackLink href="/checklists">Checklists</BackLink>
      <PageHeader
        title="Add checklist"
        description="A recurring routine: its items are copied into a run each period, answered and signed off."
        actions={
          <Link href="/checklists/import" className="btn-secondary">
            Import from a runbook
          </Link>
        }
      />
      <section className="card max-w-3xl p-4">
        <TemplateForm people={people} zones={selectableTimeZones()} defaultTimeZone={zone} />
      </section>
    </>
  );
}
