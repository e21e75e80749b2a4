import { getAlertRule, hasRole, listAlertRuleHistory, NotFoundError, ValidationError } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AlertRuleHistory } from "@/components/alerts/rule-history";
import { AlertRuleLive } from "@/components/alerts/rule-live";
import { groupName, ruleTerms } from "@/components/alerts/rule-terms";
import { AlertStateBadge } from "@/components/badges/alert-state-badge";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { DeleteAlertRuleForm } from "@/components/forms/alert/delete-rule-form";
import { AlertRuleForm } from "@/components/forms/alert/rule-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alert rule" };

type Props = { params: Promise<{ id: string }> };

export default async function AlertRulePage({ params }: Props) {
  const me = await requireRole("VIEWER");
  const { id } = await params;
  const ctx = { actor: me };
  const liveFrom = await liveCursor(db());
  const read = async () => {
    try {
      const rule = await getAlertRule({ db: db(), ctx, input: { id } });
      const history = await listAlertRuleHistory({ db: db(), ctx, input: { id, limit: 100 } });
      return { rule, history: history.items };
    } catch (err) {
      if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
      throw err;
    }
  };
  const { rule, history } = await read();
  const admin = hasRole(me.role, "ADMIN");
  return (
    <>
      <AlertRuleLive id={rule.id} from={liveFrom} />
      <BackLink href="/alerts">Alerts</BackLink>
      <PageHeader title={rule.name} description={ruleTerms(rule)} />
      <div className="grid gap-6 xl:grid-cols-[1fr_28rem]">
        <div className="min-w-0 space-y-6">
          <section className="card p-4" aria-labelledby="rule-states">
            <h2 id="rule-states" className="mb-2 flex flex-wrap items-center gap-2 font-semibold">
              State <AlertStateBadge state={rule.state} /> <SeverityBadge severity={rule.severity} />
            </h2>
            {rule.groups.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {rule.enabled ? "Not judged yet: no series of this name has had a point in the window." : "Disabled."}
              </p>
            ) : (
              <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
                {rule.groups.map((g) => (
                  <li key={g.group} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                    <span className="font-medium">{groupName(g.group)}</span>
                    <AlertStateBadge state={g.state} />
                    <span className="tabular-nums">
                      {g.noData ? "no data in the window: state kept" : `value ${+(g.value ?? 0).toFixed(3)}`}
                    </span>
                    {g.silenced && <span>maintenance</span>}
                    <span className="text-slate-600 dark:text-slate-400">
                      since <Time iso={g.since} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card p-4" aria-labelledby="rule-history">
            <h2 id="rule-history" className="mb-2 font-semibold">
              History
            </h2>
            <AlertRuleHistory events={history} />
          </section>
        </div>
        {admin && (
          <div className="space-y-6 self-start">
            <section className="card p-4">
              <h2 className="mb-3 font-semibold">Edit</h2>
              <AlertRuleForm rule={rule} />
            </section>
            <section className="card p-4">
              <h2 className="mb-3 font-semibold">Delete</h2>
              <DeleteAlertRuleForm id={rule.id} name={rule.name} />
            </section>
          </div>
        )}
      </div>
    </>
  );
}
