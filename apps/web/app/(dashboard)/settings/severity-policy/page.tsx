import { listSeverityPolicy } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { PolicyView } from "@/components/severity-policy/policy-view";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Severity policy" };

export default async function SeverityPolicyPage() {
  const me = await requireRole("VIEWER");
  const now = Date.now();
  // Read before the data: a change after it reaches the page through its stream.
  const liveFrom = await liveCursor(db());
  const policy = await listSeverityPolicy({ db: db(), ctx: { actor: me } });
  const canEdit = me.role === "ADMIN";
  return (
    <>
      <BackLink href="/settings">Settings</BackLink>
      <PageHeader
        title="Severity policy"
        description={`Targets count from detection. An incident keeps the response and resolve targets it was declared under (or given by its last severity change); the update cadence and the postmortem rule apply to open incidents at once.${canEdit ? "" : " Only admins change it."}`}
      />
      <PolicyView initial={policy} canEdit={canEdit} renderedAt={now} liveFrom={liveFrom} />
    </>
  );
}
