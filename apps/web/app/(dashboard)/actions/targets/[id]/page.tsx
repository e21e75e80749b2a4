import {
  getTarget,
  hasRole,
  listActionRuns,
  listBackups,
  listDeployments,
  listServices,
  NotFoundError,
  ValidationError,
} from "@opsdeck/core";
import { isDeployKind } from "@opsdeck/core/action/kinds";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TARGET_KIND_LABEL } from "@/components/actions/format";
import { RunsLive } from "@/components/actions/runs/runs-live";
import { AutoDeploy } from "@/components/actions/target/auto-deploy";
import { BackupsPanel } from "@/components/actions/target/backups-panel";
import { DeploymentsPanel } from "@/components/actions/target/deployments-panel";
import { ReplayForm } from "@/components/actions/target/replay-form";
import { TargetFacts } from "@/components/actions/target/target-facts";
import { DeleteTargetForm } from "@/components/forms/target/delete-target-form";
import { TargetForm } from "@/components/forms/target/target-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { actionDeps } from "@/lib/actions/deps";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readAction } from "@/lib/read-action";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function loadTarget(id: string) {
  const me = await requireRole("VIEWER");
  try {
    return await getTarget({ db: db(), ctx: { actor: me }, input: { id } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadTarget((await params).id)).name };
}

export default async function TargetPage({ params }: Props) {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const now = Date.now();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const target = await loadTarget((await params).id);
  const input = { id: target.id };
  const [deployments, backups, runs] = await Promise.all([
    isDeployKind(target.kind) ? readAction(() => listDeployments({ db: db(), ctx, input, deps: actionDeps() })) : null,
    target.kind === "POSTGRES" ? readAction(() => listBackups({ db: db(), ctx, input })) : null,
    listActionRuns({ db: db(), ctx, input: { targetId: target.id, limit: 100 } }),
  ]);
  const canAct = hasRole(me.role, "RESPONDER");
  const isAdmin = hasRole(me.role, "ADMIN");
  const services = isAdmin ? await listServices({ db: db(), ctx }) : [];
  return (
    <>
      <BackLink href="/actions">Actions</BackLink>
      <PageHeader
        title={target.name}
        description={`${TARGET_KIND_LABEL[target.kind]}${target.service ? ` · ${target.service.name}` : ""}`}
      />
      <div className="grid gap-6 2xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {deployments && (
            <DeploymentsPanel
              target={target}
              initial={deployments}
              renderedAt={now}
              liveFrom={liveFrom}
              canAct={canAct}
            />
          )}
          {backups && (
            <BackupsPanel
              target={target}
              initial={backups}
              renderedAt={now}
              liveFrom={liveFrom}
              canAct={canAct}
              canRestore={isAdmin}
            />
          )}
          {target.kind === "RENDER" && <AutoDeploy targetId={target.id} canAct={canAct} />}
          {target.kind === "STRIPE" && (
            <p className="text-sm">
              <Link href="/stripe" className="underline">
                Charges, revenue and failed webhook deliveries per hour
              </Link>{" "}
              are on the Stripe page.
            </p>
          )}
          {target.kind === "STRIPE" && canAct && (
            <section className="card min-w-0 p-4" aria-labelledby="replay">
              <h2 id="replay" className="mb-3 font-semibold">
                Replay webhooks
              </h2>
              <ReplayForm targetId={target.id} />
            </section>
          )}
          <section className="min-w-0" aria-labelledby="target-runs">
            <h2 id="target-runs" className="mb-3 text-lg font-semibold">
              Runs on this target
            </h2>
            <RunsLive
              filters={{ targetId: target.id }}
              initial={runs}
              renderedAt={now}
              liveFrom={liveFrom}
              empty="No runs on this target yet."
              caption={`Runs on ${target.name}`}
            />
          </section>
        </div>
        <TargetFacts target={target} />
      </div>
      {isAdmin && (
        <details className="card mt-6 min-w-0 p-4">
          <summary className="cursor-pointer font-semibold">Edit target</summary>
          <div className="mt-3">
            <TargetForm
              key={JSON.stringify(target)}
              target={target}
              services={services.map((s) => ({ id: s.id, name: s.name }))}
            />
          </div>
        </details>
      )}
      {isAdmin && (
        <details className="card mt-6 min-w-0 border-red-200 p-4 dark:border-red-900/60">
          <summary className="cursor-pointer font-semibold text-red-700 dark:text-red-400">Delete target</summary>
          <div className="mt-3">
            <DeleteTargetForm id={target.id} name={target.name} />
          </div>
        </details>
      )}
    </>
  );
}
