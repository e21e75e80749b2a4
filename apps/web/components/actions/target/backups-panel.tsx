"use client";

import type { BackupDto, TargetDto } from "@opsdeck/core";
import { useState } from "react";
import { Freshness } from "@/components/overview/freshness";
import { Time } from "@/components/ui/time";
import type { ReadResult } from "@/lib/read-result";
import { RequestDialog } from "../request/request-dialog";
import { BackupTable } from "./backup-table";
import { RestoreDialog } from "./restore-dialog";
import { useTargetRead } from "./use-target-read";
import { useTargetRuns } from "./use-target-runs";

type Props = {
  target: TargetDto;
  initial: ReadResult<BackupDto[]>;
  renderedAt: number;
  liveFrom: number;
  canAct: boolean;
  canRestore: boolean;
};
type Open = { kind: "backup" } | { kind: "verify"; backup: BackupDto } | { kind: "restore"; backup: BackupDto } | null;

/** Backups of a Postgres target, read again whenever a run ends, with back up, verify and restore. */
export function BackupsPanel({ target, initial, renderedAt, liveFrom, canAct, canRestore }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const runs = useTargetRuns(target.id);
  const { q, result } = useTargetRead<BackupDto[]>(target.id, "backups", { initial, renderedAt, liveFrom });
  const close = () => setOpen(null);
  return (
    <section className="card min-w-0 p-4" aria-labelledby="backups">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="backups" className="font-semibold">
          Backups
        </h2>
        {canAct && (
          <button type="button" className="btn-primary" onClick={() => setOpen({ kind: "backup" })}>
            Back up now
          </button>
        )}
      </div>
      <div className="mb-2">
        <Freshness of={q} />
      </div>
      {result.ok ? (
        <BackupTable
          backups={result.data}
          canAct={canAct}
          canRestore={canRestore}
          onVerify={(backup) => setOpen({ kind: "verify", backup })}
          onRestore={(backup) => setOpen({ kind: "restore", backup })}
        />
      ) : (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {result.message}
        </p>
      )}
      {open?.kind === "backup" && (
        <RequestDialog
          title={`Back up ${target.name} now?`}
          kind="BACKUP"
          targetId={target.id}
          submit="Back up now"
          runs={runs}
          onClose={close}
        >
          {() => (
            <p className="text-sm">
              A full dump of the database, written to the target's backup directory and checksummed.
            </p>
          )}
        </RequestDialog>
      )}
      {open?.kind === "verify" && (
        <RequestDialog
          title="Verify this backup?"
          kind="VERIFY"
          targetId={target.id}
          params={{ backupId: open.backup.id }}
          submit="Verify"
          runs={runs}
          onClose={close}
        >
          {() => (
            <p className="text-sm">
              The backup of <Time iso={open.backup.createdAt} /> is restored into a scratch database and its row counts
              compared with those taken at backup time. The live database is not touched.
            </p>
          )}
        </RequestDialog>
      )}
      {open?.kind === "restore" && (
        <RestoreDialog
          targetId={target.id}
          database={typeof target.config.database === "string" ? target.config.database : undefined}
          backup={open.backup}
          runs={runs}
          onClose={close}
        />
      )}
    </section>
  );
}
