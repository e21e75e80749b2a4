"use client";

import type { EscalationPolicyDto } from "@opsdeck/core";
import { HOURS_LABEL, repeatInWords, servicesInWords, stepInWords } from "@opsdeck/core/escalation/words";
import { useEffect, useRef, useState } from "react";
import { deleteEscalationPolicyAction } from "@/app/(dashboard)/settings/escalation/actions";
import { Badge } from "@/components/badges/badge";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { PolicyForm } from "@/components/forms/escalation/policy-form";
import type { PolicyChoices } from "@/components/forms/escalation/policy-values";
import { useFormAction } from "@/components/forms/use-form-action";

type Props = {
  policy: EscalationPolicyDto;
  /** How many open incidents it is escalating now. */
  escalating: number;
  /** Given to admins only: what the edit form offers. */
  choices?: PolicyChoices;
};

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <>
    <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
    <dd className="min-w-0 break-words">{children}</dd>
  </>
);

/** One policy in words: what it covers and its steps in order; admins edit and delete it. */
export function PolicyCard({ policy: p, escalating, choices }: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const del = useFormAction(deleteEscalationPolicyAction, undefined, {
    confirm: `Delete the escalation policy ${p.name}? Incidents it would escalate fall to another policy, or page nobody.`,
  });
  // Keyboard users land back on the button that opened the form, once it is drawn again.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  return (
    <article className="card min-w-0 p-4" aria-label={`Policy ${p.name}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="min-w-0 break-words font-semibold">{p.name}</h2>
        {p.severities.map((s) => (
          <SeverityBadge key={s} severity={s} />
        ))}
        {escalating > 0 && (
          <Badge tone="red">
            escalating {escalating} incident{escalating === 1 ? "" : "s"}
          </Badge>
        )}
      </div>
      {editing && choices ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <PolicyForm policy={p} choices={choices} onDone={close} />
        </div>
      ) : (
        <>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <Row label="Services">{servicesInWords(p)}</Row>
            <Row label="When">{HOURS_LABEL[p.hours]}</Row>
            <Row label="Repeat">{repeatInWords(p.repeat)}</Row>
            <Row label="Escalating now">
              {escalating === 0 ? "No open incident" : `${escalating} open incident${escalating === 1 ? "" : "s"}`}
            </Row>
          </dl>
          <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm" aria-label={`Steps of ${p.name}`}>
            {p.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their position is their identity
              <li key={i}>{stepInWords(s)}</li>
            ))}
          </ol>
          {choices && (
            <div className="mt-3 flex flex-wrap gap-2">
              <button ref={editButton} type="button" className="btn-secondary" onClick={() => setEditing(true)}>
                Edit <span className="sr-only">{p.name}</span>
              </button>
              <form onSubmit={del.onSubmit} aria-label={`Delete ${p.name}`}>
                <input type="hidden" name="id" value={p.id} />
                <input type="hidden" name="name" value={p.name} />
                <button type="submit" className="btn-secondary text-red-700 dark:text-red-400" disabled={del.pending}>
                  {del.pending ? "Deleting…" : "Delete"} <span className="sr-only">{p.name}</span>
                </button>
              </form>
            </div>
          )}
        </>
      )}
    </article>
  );
}
