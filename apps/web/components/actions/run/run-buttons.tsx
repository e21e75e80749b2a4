"use client";

import type { ActionRunDto } from "@opsdeck/core";
import { isLive, ROLE_FOR } from "@opsdeck/core/action/kinds";
import { hasRole } from "@opsdeck/core/roles";
import type { Role } from "@opsdeck/db";
import { useState } from "react";
import { approveActionRunAction, cancelActionRunAction } from "@/app/(dashboard)/actions/[id]/actions";
import { ConfirmRunDialog } from "./confirm-run-dialog";

export type Viewer = { id: string; role: Role };

/**
 * Approve (someone other than the requester, with the role the action needs, while it waits) and
 * cancel (the requester or anyone with that role, while it is live). Viewers see neither.
 */
export function RunButtons({ run, viewer }: { run: ActionRunDto; viewer: Viewer }) {
  const [open, setOpen] = useState<"approve" | "cancel" | null>(null);
  const mayAct = hasRole(viewer.role, "RESPONDER");
  const mine = run.requestedBy?.id === viewer.id;
  const canApprove = mayAct && run.status === "AWAITING_APPROVAL" && !mine && hasRole(viewer.role, ROLE_FOR[run.kind]);
  const canCancel =
    mayAct && isLive(run.status) && !run.cancelRequestedAt && (mine || hasRole(viewer.role, ROLE_FOR[run.kind]));
  if (!canApprove && !canCancel) return null;
  const close = () => setOpen(null);
  return (
    <div className="flex flex-wrap gap-2">
      {canApprove && (
        <button type="button" className="btn-primary" onClick={() => setOpen("approve")}>
          Approve
        </button>
      )}
      {canCancel && (
        <button type="button" className="btn-secondary" onClick={() => setOpen("cancel")}>
          Cancel run
        </button>
      )}
      {open === "approve" && (
        <ConfirmRunDialog
          title={`Approve run #${run.number}?`}
          runId={run.id}
          action={approveActionRunAction}
          confirm="Approve"
          onClose={close}
        >
          <p className="font-medium break-words">{run.summary}</p>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            Requested by {run.requestedBy?.name ?? run.requestedBy?.email ?? "the system"}. Once approved it is queued
            and runs.
          </p>
        </ConfirmRunDialog>
      )}
      {open === "cancel" && (
        <ConfirmRunDialog
          title={`Cancel run #${run.number}?`}
          runId={run.id}
          action={cancelActionRunAction}
          confirm="Cancel run"
          danger
          onClose={close}
        >
          <p className="font-medium break-words">{run.summary}</p>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            {run.status === "RUNNING"
              ? "It is running: the worker stops at the next safe point and records how far it got. A step already done (a switched deployment) stays done."
              : "It has not started: it ends now and nothing is changed."}
          </p>
        </ConfirmRunDialog>
      )}
    </div>
  );
}
