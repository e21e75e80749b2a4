"use client";

import { createCalendarFeedAction } from "@/app/(dashboard)/settings/calendar/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";

/** Pick what the feed shows; its secret URL is shown here once, with a copy button. */
export function CreateCalendarFeedForm({ schedules }: { schedules: { id: string; name: string }[] }) {
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(createCalendarFeedAction, undefined, {
    // The message is the secret URL: it stays in the page, not in a toast.
    successToast: () => "Feed created: copy its URL now",
  });
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} aria-label="Add a calendar feed" className="space-y-3" noValidate>
        <Field label="Shifts of" name="subject" errors={fe.subject}>
          <select id="subject" name="subject" className="input" defaultValue="me">
            <option value="me">Me, on every schedule</option>
            {schedules.map((s) => (
              <option key={s.id} value={`schedule:${s.id}`}>
                Everyone on {s.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="btn-primary" disabled={pending}>
          Create feed
        </button>
      </form>
      {state.ok && state.message && (
        <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm dark:bg-emerald-950">
          <p className="font-medium">Copy this URL now; it is not shown again.</p>
          <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
            It is a secret: anyone who has it sees the shifts, without signing in. Revoke the feed if it leaks.
          </p>
          <div className="mt-2 flex items-start gap-2">
            <code className="block min-w-0 flex-1 break-all" data-testid="new-feed-url">
              {state.message}
            </code>
            <CopyButton text={state.message} label="Copy the feed URL" />
          </div>
        </div>
      )}
    </div>
  );
}
