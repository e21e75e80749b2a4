"use client";

import type { Backend } from "@opsdeck/core/database/dto";
import { useFormAction } from "@/components/forms/use-form-action";
import { Dialog } from "@/components/ui/dialog";
import { terminateBackendAction } from "@/app/(dashboard)/databases/[id]/actions";
import { formatDuration } from "./format";

type Props = { databaseId: string; databaseName: string; backend: Backend; onClose: () => void; onDone: () => void };

/** Confirm ending one backend: what it is running and for how long, and what ending it does. */
export function TerminateDialog({ databaseId, databaseName, backend: b, onClose, onDone }: Props) {
  const { state, pending, onSubmit } = useFormAction(terminateBackendAction, () => {
    onClose();
    onDone();
  });
  const title = `Terminate backend ${b.pid}?`;
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={onSubmit} className="space-y-4" aria-label={title}>
        <input type="hidden" name="id" value={databaseId} />
        <input type="hidden" name="pid" value={b.pid} />
        <input type="hidden" name="backendStart" value={b.backendStart} />
        <div className="space-y-2 text-sm">
          <p>
            {b.user ?? "Someone"}
            {b.application ? ` (${b.application})` : ""} on {databaseName}, {b.state} for{" "}
            {formatDuration(b.seconds * 1000)}:
          </p>
          <pre
            // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so the keyboard must reach it
            tabIndex={0}
            className="max-h-40 overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800"
          >
            {b.query || "(no query text)"}
          </pre>
          <p className="text-slate-600 dark:text-slate-400">
            PostgreSQL ends the connection: its transaction is rolled back and the application sees an error. This is
            recorded in the audit log.
          </p>
        </div>
        {!state.ok && state.message && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {state.message}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={onClose}>
            Back
          </button>
          <button type="submit" className="btn-danger" disabled={pending}>
            {pending ? "Terminating…" : "Terminate"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
