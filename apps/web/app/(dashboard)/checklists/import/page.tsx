import { selectableTimeZones } from "@opsdeck/core";
import type { Metadata } from "next";
import { ImportForm } from "@/components/forms/checklist/import/import-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { viewerZone } from "@/lib/time/viewer-zone";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import checklists" };

export default async function ImportChecklistsPage() {
  await requireRole("ADMIN");
  return (
    <>
      <BackLink href="/checklists">Checklists</BackLink>
      <PageHeader
        title="Import checklists"
        description="Turn the routine lists in a runbook into checklists: preview what it holds, then create the ones you choose."
      />
      <ImportForm zones={selectableTimeZones()} defaultTimeZone={await viewerZone()} />
    </>
  );
}
