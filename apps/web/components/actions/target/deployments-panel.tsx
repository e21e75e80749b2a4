"use client";

import type { TargetDto } from "@opsdeck/core";
import type { Deployment } from "@opsdeck/integrations";
import { useState } from "react";
import { Freshness } from "@/components/overview/freshness";
import type { ReadResult } from "@/lib/read-result";
import { previousDeployment } from "../format";
import { DeploymentTable } from "./deployment-table";
import { ProviderErrorNotice } from "./provider-error";
import { RollbackDialog } from "./rollback-dialog";
import { useTargetRead } from "./use-target-read";
import { useTargetRuns } from "./use-target-runs";

type Props = {
  target: TargetDto;
  initial: ReadResult<Deployment[]>;
  renderedAt: number;
  liveFrom: number;
  canAct: boolean;
};

/** The provider's recent deployments, read again when any run ends (a rollback changes which is live). */
export function DeploymentsPanel({ target, initial, renderedAt, liveFrom, canAct }: Props) {
  const [to, setTo] = useState<Deployment | null>(null);
  const runs = useTargetRuns(target.id);
  const { q, result } = useTargetRead<Deployment[]>(target.id, "deployments", { initial, renderedAt, liveFrom });
  const deployments = result.ok ? result.data : [];
  const live = deployments.find((d) => d.live) ?? null;
  const previous = previousDeployment(deployments);
  return (
    <section className="card min-w-0 p-4" aria-labelledby="deployments">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="deployments" className="font-semibold">
          Recent deployments
        </h2>
        {canAct && previous && (
          <button type="button" className="btn-danger" onClick={() => setTo(previous)}>
            Roll back to previous
          </button>
        )}
      </div>
      <div className="mb-2">
        <Freshness of={q} />
      </div>
      {result.ok ? (
        <DeploymentTable deployments={deployments} canAct={canAct} onRollback={setTo} />
      ) : (
        <ProviderErrorNotice message={result.message} />
      )}
      {to && <RollbackDialog target={target} from={live} to={to} runs={runs} onClose={() => setTo(null)} />}
    </section>
  );
}
