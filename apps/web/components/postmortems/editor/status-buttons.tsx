"use client";

import type { PostmortemDto } from "@opsdeck/core";
import { setPostmortemStatusAction } from "@/app/(dashboard)/postmortems/actions";
import { ActionButton } from "@/components/health/action-button";
import { postmortemKey } from "./use-autosave";

/** The review steps that apply now: draft → in review → published, and back to draft to change a published one. */
export function StatusButtons({ pm, unsaved }: { pm: PostmortemDto; unsaved: boolean }) {
  const queryKey = postmortemKey(pm.id);
  const to = (status: string) => ({ id: pm.id, status });
  return (
    <fieldset className="flex flex-wrap items-center gap-2" aria-label="Postmortem status" disabled={unsaved}>
      {pm.status === "DRAFT" && (
        <ActionButton action={setPostmortemStatusAction} fields={to("IN_REVIEW")} queryKey={queryKey}>
          In review
        </ActionButton>
      )}
      {pm.status !== "PUBLISHED" && (
        <ActionButton
          action={setPostmortemStatusAction}
          fields={to("PUBLISHED")}
          queryKey={queryKey}
          className="btn-primary"
          confirm={`Publish the postmortem of #${pm.incident.number}?`}
        >
          Publish
        </ActionButton>
      )}
      {pm.status !== "DRAFT" && (
        <ActionButton action={setPostmortemStatusAction} fields={to("DRAFT")} queryKey={queryKey}>
          Back to draft
        </ActionButton>
      )}
      {unsaved && <span className="text-xs text-slate-500 dark:text-slate-400">Saving first…</span>}
    </fieldset>
  );
}
