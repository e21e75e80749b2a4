"use client";

import { useRef } from "react";
import { changeOwnPasswordAction } from "@/app/(dashboard)/settings/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";

export function ChangePasswordForm() {
  const ref = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(changeOwnPasswordAction, () => ref.current?.reset());
  return (
    <form ref={ref} onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field label="Current password" name="currentPassword" errors={fe.currentPassword}>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" className="input" />
      </Field>
      <Field label="New password" name="newPassword" errors={fe.newPassword} hint="At least 12 characters.">
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" className="input" />
      </Field>
      <Field label="Repeat new password" name="confirmPassword" errors={fe.confirmPassword}>
        <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" className="input" />
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        Change password
      </button>
    </form>
  );
}
