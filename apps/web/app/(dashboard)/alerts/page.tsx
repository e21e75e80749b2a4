import { hasRole, listAlertRules } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { AlertRuleList } from "@/components/alerts/rule-list";
import { AlertRuleForm } from "@/components/forms/alert/rule-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const me = await requireRole("VIEWER");
  const renderedAt = Date.now();
  const liveFrom = await liveCursor(db());
  const { items } = await listAlertRules({ db: db(), ctx: { actor: me } });
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Thresholds on metric series, judged every few seconds per service: PENDING while the condition holds, FIRING once it held long enough (opening an incident), RESOLVED when it clears. A window without data keeps the state. A service's maintenance window keeps its rules from firing."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_28rem]">
        <section aria-label="Rules" className="min-w-0">
          <AlertRuleList initial={items} renderedAt={renderedAt} liveFrom={liveFrom} />
        </section>
        {hasRole(me.role, "ADMIN") && (
          <section className="card self-start p-4">
            <h2 className="mb-3 font-semibold">Add a rule</h2>
            <AlertRuleForm />
          </section>
        )}
      </div>
    </>
  );
}
