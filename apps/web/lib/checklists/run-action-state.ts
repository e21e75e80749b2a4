import type { ChecklistRunDto } from "@opsdeck/core";
import type { FormState } from "@/lib/form-state";

/** What a checklist run's server actions answer: the form state, and the run as it now is. */
export type RunActionState = FormState & { run?: ChecklistRunDto };

export const initialRunActionState: RunActionState = { ok: false };

/** A server action's form data from plain fields (blank values are left out, as a form would). */
export function formDataOf(fields: Record<string, string | null | undefined>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v) form.set(k, v);
  return form;
}
