import { hasRole, listTargets } from "@opsdeck/core";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { PanelTarget } from "./panel-target";

type Props = { serviceIds: string[]; incidentNumber?: number };

/**
 * The one-click actions of these services' targets, where the responder already is (a service's or
 * an incident's page); nothing when they have none. Runs asked for here link to the incident. The
 * providers' deployments are read by the browser, so a slow provider never holds up the page.
 */
export async function ServiceActionsPanel({ serviceIds, incidentNumber }: Props) {
  const me = await requireRole("VIEWER");
  const targets = await listTargets({ db: db(), ctx: { actor: me }, input: { serviceIds } });
  if (targets.length === 0) return null;
  const canAct = hasRole(me.role, "RESPONDER");
  return (
    <section className="card mt-6 min-w-0 p-4" aria-labelledby="service-actions">
      <h2 id="service-actions" className="mb-3 font-semibold">
        Actions
      </h2>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {targets.map((t) => (
          <PanelTarget key={t.id} target={t} canAct={canAct} incidentNumber={incidentNumber} />
        ))}
      </ul>
    </section>
  );
}
