"use client";

import type { IncidentDetailDto } from "@opsdeck/core";
import { postmortemRequired } from "@opsdeck/core/postmortem/policy";
import { FileText } from "lucide-react";
import Link from "next/link";
import { createPostmortemAction } from "@/app/(dashboard)/postmortems/actions";
import { ActionButton } from "@/components/health/action-button";
import { incidentKey } from "./incident-actions";

/** The incident's postmortem, or for a resolved one without it, the button that starts it (responders). */
export function PostmortemLink({ incident: i, canWrite }: { incident: IncidentDetailDto; canWrite: boolean }) {
  if (i.postmortemId)
    return (
      <Link href={`/postmortems/${i.postmortemId}`} className="btn-secondary px-2.5 py-1">
        <FileText className="size-4" aria-hidden /> Postmortem
      </Link>
    );
  if (i.status !== "RESOLVED" || !canWrite) return null;
  return (
    <ActionButton
      action={createPostmortemAction}
      fields={{ number: String(i.number) }}
      queryKey={incidentKey(i.number)}
      className={postmortemRequired(i.severity) ? "btn-primary" : "btn-secondary"}
    >
      Write postmortem
    </ActionButton>
  );
}
