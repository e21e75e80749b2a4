"use client";

import type { IncidentDetailDto } from "@opsdeck/core";
import {
  acknowledgeIncidentAction,
  markIncidentMitigatedAction,
  reopenIncidentAction,
  resolveIncidentAction,
} from "@/app/(dashboard)/incidents/[number]/actions";
import { ActionButton } from "@/components/health/action-button";

export const incidentKey = (number: number) => ["incident", number] as const;

/** The one-click steps that apply to the incident as it is now. */
export function IncidentActions({ incident: i }: { incident: IncidentDetailDto }) {
  const fields = { number: String(i.number) };
  const queryKey = incidentKey(i.number);
  const open = i.status !== "RESOLVED";
  return (
    <fieldset className="flex flex-wrap items-center gap-2" aria-label="Incident actions">
      {open && !i.acknowledgedAt && (
        <ActionButton
          action={acknowledgeIncidentAction}
          fields={fields}
          queryKey={queryKey}
          className="btn-primary"
          shortcut="a"
        >
          Acknowledge
        </ActionButton>
      )}
      {open && !i.mitigatedAt && (
        <ActionButton action={markIncidentMitigatedAction} fields={fields} queryKey={queryKey}>
          Mark mitigated
        </ActionButton>
      )}
      {open ? (
        <ActionButton
          action={resolveIncidentAction}
          fields={fields}
          queryKey={queryKey}
          confirm={`Resolve #${i.number} ${i.title}?`}
        >
          Resolve
        </ActionButton>
      ) : (
        <ActionButton
          action={reopenIncidentAction}
          fields={fields}
          queryKey={queryKey}
          confirm={`Reopen #${i.number}? It goes back to investigating.`}
        >
          Reopen
        </ActionButton>
      )}
    </fieldset>
  );
}
