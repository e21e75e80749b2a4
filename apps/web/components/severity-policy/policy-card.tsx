"use client";

import type { SeverityPolicyDto } from "@opsdeck/core/severity/policy";
import { formatMinutes } from "@opsdeck/core/severity/policy";
import { useRef, useState } from "react";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { PolicyForm } from "@/components/forms/severity-policy/policy-form";
import { Time } from "@/components/ui/time";

const Target = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="min-w-0">
    <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
    <dd className="mt-0.5 text-sm">{children}</dd>
  </div>
);

/** One severity: what it means and its targets; admins edit them in place. */
export function PolicyCard({ policy: p, canEdit }: { policy: SeverityPolicyDto; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Keyboard users land back on the button that opened the form.
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <article className="card min-w-0 p-4" aria-label={`${p.severity} policy`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="flex min-w-0 items-center gap-2 font-semibold">
          <SeverityBadge severity={p.severity} />
          <span className="break-words">
            {p.name} ({p.scope})
          </span>
        </h2>
        {canEdit && !editing && (
          <button ref={editButton} type="button" className="btn-secondary" onClick={() => setEditing(true)}>
            Edit {p.severity}
          </button>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{p.criteria.join(" · ")}</p>
      {editing ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <PolicyForm policy={p} onDone={close} />
        </div>
      ) : (
        <dl className="mt-3 grid grid-cols-2 gap-3">
          <Target label="Response">Within {formatMinutes(p.responseMinutes)}</Target>
          <Target label="Resolve">Within {formatMinutes(p.resolveMinutes)}</Target>
          <Target label="Status updates">
            {p.updateCadenceMinutes === null ? "No cadence" : `Every ${formatMinutes(p.updateCadenceMinutes)}`}
          </Target>
          <Target label="Postmortem">
            {p.postmortemRequired ? `Required, due ${p.postmortemDueHours} h after resolution` : "Not required"}
          </Target>
        </dl>
      )}
      {p.updatedAt && (
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
          In force since <Time iso={p.updatedAt} />
        </p>
      )}
    </article>
  );
}
