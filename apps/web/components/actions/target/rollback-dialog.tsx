"use client";

import type { Deployment } from "@opsdeck/integrations";
import { RequestDialog } from "../request/request-dialog";
import { DeploymentLine } from "./deployment-line";

type Props = {
  target: { id: string; name: string; requireApproval: boolean };
  from: Deployment | null;
  to: Deployment;
  incidentNumber?: number;
  runs?: { id: string; number: number }[];
  onClose: () => void;
};

/** What a rollback changes, from → to, before it is asked for; and whether a second person must approve. */
export function RollbackDialog({ target, from, to, incidentNumber, runs, onClose }: Props) {
  return (
    <RequestDialog
      title={`Roll back ${target.name}?`}
      kind="ROLLBACK"
      targetId={target.id}
      params={{ deploymentId: to.id }}
      incidentNumber={incidentNumber}
      submit={target.requireApproval ? "Request rollback" : "Roll back"}
      danger
      runs={runs}
      onClose={onClose}
    >
      {() => (
        <div className="space-y-2" data-testid="rollback-plan">
          <DeploymentLine label="From (live now)" d={from} />
          <p aria-hidden className="text-center text-slate-500 dark:text-slate-400">
            ↓
          </p>
          <DeploymentLine label="To" d={to} />
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {target.requireApproval
              ? "Two-person rule: this target's rollbacks wait for a second responder's approval before they run."
              : "It starts as soon as a worker picks it up."}
          </p>
        </div>
      )}
    </RequestDialog>
  );
}
