"use client";

import type { TargetDto } from "@opsdeck/core";
import { ACTION_LABEL, isDeployKind } from "@opsdeck/core/action/kinds";
import type { Deployment } from "@opsdeck/integrations";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { fetchResult } from "@/lib/api/fetch-json";
import { deploymentLabel, previousDeployment, TARGET_KIND_LABEL } from "../format";
import { RequestDialog } from "../request/request-dialog";
import { RollbackDialog } from "../target/rollback-dialog";

type Props = {
  target: TargetDto;
  canAct: boolean;
  incidentNumber?: number;
};

/** One target in a service's Actions panel: what is live, and the one-click step it offers. */
export function PanelTarget({ target: t, canAct, incidentNumber }: Props) {
  const [open, setOpen] = useState<"rollback" | "backup" | null>(null);
  const q = useQuery({
    queryKey: ["deployments", t.id],
    queryFn: () => fetchResult<Deployment[]>(`/api/v1/targets/${t.id}/deployments`),
    enabled: isDeployKind(t.kind),
  });
  const deployments = q.data ?? null;
  const list = deployments?.ok ? deployments.data : [];
  const live = list.find((d) => d.live) ?? null;
  const previous = previousDeployment(list);
  const close = () => setOpen(null);
  return (
    <li className="flex min-w-0 flex-col gap-2 py-3 first:pt-0 last:pb-0">
      <div className="min-w-0">
        <Link href={`/actions/targets/${t.id}`} className="font-medium break-words hover:underline">
          {t.name}
        </Link>
        <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">{TARGET_KIND_LABEL[t.kind]}</span>
        {deployments && !deployments.ok && (
          <p className="text-xs break-words text-red-700 dark:text-red-400">
            Deployments unavailable: {deployments.message}
          </p>
        )}
        {isDeployKind(t.kind) && deployments?.ok && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Live: <span className="font-mono">{deploymentLabel(live)}</span>
          </p>
        )}
      </div>
      {canAct && (
        <div className="flex flex-wrap gap-2">
          {previous && (
            <button type="button" className="btn-secondary px-2.5 py-1" onClick={() => setOpen("rollback")}>
              {ACTION_LABEL.ROLLBACK}
            </button>
          )}
          {t.kind === "POSTGRES" && (
            <button type="button" className="btn-secondary px-2.5 py-1" onClick={() => setOpen("backup")}>
              Back up now
            </button>
          )}
        </div>
      )}
      {open === "rollback" && previous && (
        <RollbackDialog target={t} from={live} to={previous} incidentNumber={incidentNumber} onClose={close} />
      )}
      {open === "backup" && (
        <RequestDialog
          title={`Back up ${t.name} now?`}
          kind="BACKUP"
          targetId={t.id}
          incidentNumber={incidentNumber}
          submit="Back up now"
          onClose={close}
        >
          {() => (
            <p className="text-sm">
              A full dump of the database, written to the target's backup directory and checksummed.
            </p>
          )}
        </RequestDialog>
      )}
    </li>
  );
}
