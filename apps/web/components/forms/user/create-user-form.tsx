"use client";

import { useRef } from "react";
import { createUserAction } from "@/app/(dashboard)/settings/users/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";

export function CreateUserForm() {
  const ref = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(createUserAction, () => ref.current?.reset());
  return (
    <form ref={ref} onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field label="Email" name="email" errors={fe.email}>
        <input id="email" name="email" type="email" className="input" autoComplete="off" />
      </Field>
      <Field label="Name" name="name" errors={fe.name}>
        <input id="name" name="name" className="input" autoComplete="off" />
      </Field>
      <Field label="Role" name="role" errors={fe.role}>
        <select id="role" name="role" className="input" defaultValue="RESPONDER">
          <option value="VIEWER">Viewer</option>
          <option value="RESPONDER">Responder</option>
          <option value="ADMIN">Admin</option>
        </select>
      </Field>
      <Field label="Initial password" name="password" errors={fe.password} hint="At least 12 characters; share it privately.">
        <input id="password" name="password" type="password" className="input" autoComplete="new-password" />
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
