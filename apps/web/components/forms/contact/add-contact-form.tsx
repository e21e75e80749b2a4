"use client";

import { useRouter } from "next/navigation";
import { addContactMethodAction } from "@/app/(dashboard)/settings/contact/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";

/** Add one way to be paged, at the end of the list. */
export function AddContactForm() {
  const router = useRouter();
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(addContactMethodAction, (_f, _s) => {
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Add a contact method">
      <Field label="Kind" name="kind" errors={fe.kind}>
        <select id="kind" name="kind" className="input" defaultValue="EMAIL">
          <option value="EMAIL">Email</option>
          <option value="SLACK">Slack member</option>
          <option value="WEBHOOK">Webhook (phone-call or SMS bridge)</option>
        </select>
      </Field>
      <Field
        label="Address"
        name="address"
        errors={fe.address}
        hint="An email address, a Slack member id (U012AB3CD: Profile → ⋮ → Copy member ID), or an http(s) URL."
      >
        <input id="address" name="address" className="input" autoComplete="off" maxLength={2000} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        Add contact method
      </button>
    </form>
  );
}
