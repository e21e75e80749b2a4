"use client";

import { useRouter } from "next/navigation";
import {
  archiveChecklistTemplateAction,
  restoreChecklistTemplateAction,
} from "@/app/(dashboard)/checklists/[slug]/edit/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";

type Props = { slug: string; name: string; archived: boolean };

/** Archive (no new runs, history kept) or restore, each after a confirmation. */
export function ArchiveForm({ slug, name, archived }: Props) {
  const router = useRouter();
  const { state, pending, onSubmit } = useFormAction(
    archived ? restoreChecklistTemplateAction : archiveChecklistTemplateAction,
    () => router.refresh(),
    {
      confirm: archived
        ? `Restore "${name}"? It gets runs again from its next period.`
        : `Archive "${name}"? It gets no new runs; its past runs stay in the history.`,
    },
  );
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={archived ? "Restore" : "Archive"}>
      <input type="hidden" name="slug" value={slug} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {archived
          ? "This checklist is archived: it gets no new runs. Restore it to bring it back."
          : "Archiving stops new runs; its past runs and their sign-offs stay in the history. You can restore it later."}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={archived ? "btn-primary" : "btn-danger"} disabled={pending}>
          {archived ? (pending ? "Restoring…" : "Restore checklist") : pending ? "Archiving…" : "Archive checklist"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
