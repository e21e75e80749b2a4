"use client";

import type { ChecklistRunDto } from "@opsdeck/core";
import { AlertTriangle } from "lucide-react";
import { useState } from "react";
import { describeItems, doneAgainstEvidence, signOffBlocker } from "@/lib/checklists/sign-off";
import { RemarkTextarea } from "./remark-textarea";
import { SignOffDialog } from "./sign-off-dialog";
import { SignedOff } from "./signed-off";

type Props = { run: ChecklistRunDto; signer: string; canWrite: boolean };

const Note = ({ children }: { children: React.ReactNode }) => (
  <p className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-2.5 text-sm text-amber-950 dark:border-amber-500/40 dark:bg-amber-950/30 dark:text-amber-100">
    <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
    <span className="min-w-0">{children}</span>
  </p>
);

/** Sign off by name with an optional note, once every item is answered; afterwards, who signed and when. */
export function SignOffPanel({ run, signer, canWrite }: Props) {
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const blocker = signOffBlocker(run);
  const contradicted = doneAgainstEvidence(run);
  const open = canWrite && run.current && !run.signedOffAt;
  return (
    <section className="card flex min-w-0 flex-col gap-3 p-4" aria-labelledby="sign-off-title">
      <h2 id="sign-off-title" className="font-semibold">
        Sign-off
      </h2>
      {run.signedOffAt ? (
        <SignedOff run={run} />
      ) : !open ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {run.current
            ? "Not signed off yet. Responders and admins answer items and sign off."
            : `Not signed off: the period ${run.periodKey} is over.`}
        </p>
      ) : (
        <>
          {run.status === "MISSED" && <Note>This run missed its deadline: signing off now records it as late.</Note>}
          {contradicted.length > 0 && (
            <Note>
              The evidence failed for {describeItems(contradicted)}, marked done. Sign-off checks it again: if it still
              fails, add a remark saying why it is done anyway, or mark it not done.
            </Note>
          )}
          <div className="flex flex-col gap-1">
            <label htmlFor="sign-off-note" className="text-sm font-medium">
              Note (optional)
            </label>
            <RemarkTextarea id="sign-off-note" value={note} onChange={setNote} />
          </div>
          {blocker && (
            <p id="sign-off-blocker" className="text-sm text-slate-700 dark:text-slate-300">
              {blocker}
            </p>
          )}
          <button
            type="button"
            className="btn-primary min-h-11 w-full"
            disabled={blocker !== null}
            aria-describedby={blocker ? "sign-off-blocker" : undefined}
            onClick={() => setConfirming(true)}
          >
            Sign off as {signer}
          </button>
          {confirming && (
            <SignOffDialog
              run={run}
              note={note}
              signer={signer}
              onClose={() => setConfirming(false)}
              onSigned={() => {
                setConfirming(false);
                setNote("");
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
