import { hasRole, listDeployments, listTargets } from "@opsdeck/core";
import { isDeployKind } from "@opsdeck/core/action/kinds";
import { actionDeps } from "@/lib/actions/deps";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readAction } from "@/lib/read-action";
import { PanelTarget } from "./panel-target";

type Props = { serviceIds: string[]; incidentNumber?: number };

/**
 * The one-click actions of these services' targets, where the responder already is (a service's or
 * an incident's page); nothing when they have none. Runs asked for here link to the incident.
 */
export async function ServiceActionsPanel({ serviceIds, incidentNumber }: Props) {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const targets = (
    await Promise.all(serviceIds.map((serviceId) => listTargets({ db: db(), ctx, input: { serviceId } })))
  ).flat();
  if (targets.length === 0) return null;
  const canAct = hasRole(me.role, "RESPONDER");
  const deployments = await Promise.all(
    targets.map((t) =>
      isDeployKind(t.kind)
        ? readAction(() => listDeployments({ db: db(), ctx, input: { id: t.id, limit: 10 }, deps: actionDeps() }))
        : null,
    ),
  );
  return (
    <section className="card mt-6 min-w-0 p-4" aria-labelledby="service-actions">
      <h2 id="service-actions" className="mb-3 font-semibold">
        Actions
      </h2>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {targets.map((t, i) => (
          <PanelTarget
            key={t.id}
            target={t}
            deployments={deployments[i] ?? null}
            canAct={canAct}
            incidentNumber={incidentNumber}
          />
        ))}
      </ul>
    </section>
  );
}
