"use client";

import type { IncidentDetailDto } from "@opsdeck/core";
import { createPostmortemAction } from "@/app/(dashboard)/postmortems/actions";
import { ActionButton } from "@/components/health/action-button";
import { incidentKey } from "./incident-actions";

/** For a resolved incident without a postmortem: start it (the facts panel links to it once it exists). */
export function WritePostmortemButton({ incident: i }: { incident: IncidentDetailDto }) {
  if (i.status !== "RESOLVED" || i.postmortemId) return null;
  return (
    <ActionButton
      action={createPostmortemAction}
      fields={{ number: String(i.number) }}
      queryKey={incidentKey(i.number)}
      className={i.postmortemRequired ? "btn-primary" : "btn-secondary"}
    >
      Write postmortem
    </ActionButton>
  );
}
