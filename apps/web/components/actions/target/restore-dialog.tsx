"use client";

import type { BackupDto } from "@opsdeck/core";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Time } from "@/components/ui/time";
import { RequestDialog } from "../request/request-dialog";

type Props = {
  targetId: string;
  /** The live database's name, to type; unknown for targets added before it was kept. */
  database?: string;
  backup: BackupDto;
  runs?: { id: string; number: number }[];
  onClose: () => void;
};

/**
 * Restore into a new database (the default; the live one is left alone) or in place (over the live
 * data, after a safety backup). Either way the database's name is typed; the server checks it.
 */
export function RestoreDialog({ targetId, database, backup, runs, onClose }: Props) {
  const [mode, setMode] = useState<"new" | "in-place">("new");
  return (
    <RequestDialog
      title="Restore this backup?"
      kind="RESTORE"
      targetId={targetId}
      params={{ backupId: backup.id }}
      submit={mode === "in-place" ? "Restore in place" : "Restore into a new database"}
      danger
      runs={runs}
      onClose={onClose}
    >
      {(fe) => (
        <div className="space-y-4">
          <p className="text-sm">
            The backup of <Time iso={backup.createdAt} />.
          </p>
          <fieldset className="space-y-2">
            <legend className="mb-1 text-sm font-medium">Restore into</legend>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="params.mode"
                value="new"
                checked={mode === "new"}
                onChange={() => setMode("new")}
                className="mt-1"
              />
              <span>A new database (the live one is left as it is)</span>
            </label>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="params.mode"
                value="in-place"
                checked={mode === "in-place"}
                onChange={() => setMode("in-place")}
                className="mt-1"
              />
              <span>The live database, in place</span>
            </label>
          </fieldset>
          {mode === "new" ? (
            <Field
              label="New database name (optional)"
              name="params.newDatabase"
              id="restore-new-db"
              errors={fe["params.newDatabase"]}
              hint="Leave empty for a generated name."
            >
              <input
                id="restore-new-db"
                name="params.newDatabase"
                className="input font-mono"
                autoComplete="off"
                spellCheck={false}
              />
            </Field>
          ) : (
            <p
              role="note"
              className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-300"
            >
              This replaces the live data with the backup's. Everything written since the backup is lost, except in the
              safety backup taken first.
            </p>
          )}
          <Field
            label={database ? `Type ${database} to confirm` : "Type the database's name to confirm"}
            name="params.confirm"
            id="restore-confirm"
            errors={fe["params.confirm"]}
          >
            <input
              id="restore-confirm"
              name="params.confirm"
              className="input font-mono"
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
        </div>
      )}
    </RequestDialog>
  );
}
