"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { setupFirstAdminAction } from "./actions";

export function SetupForm() {
  const router = useRouter();
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(setupFirstAdminAction, async (form) => {
    await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    router.replace("/");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <Field label="Email" name="email" errors={fe.email}>
        <input id="email" name="email" type="email" autoComplete="username" className="input" required />
      </Field>
      <Field label="Name" name="name" errors={fe.name}>
        <input id="name" name="name" autoComplete="name" className="input" />
      </Field>
      <Field label="Password" name="password" errors={fe.password} hint="At least 12 characters.">
        <input id="password" name="password" type="password" autoComplete="new-password" className="input" required />
      </Field>
      {state.message && !state.ok && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {state.message}
        </p>
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending || state.ok}>
        {pending || state.ok ? "Creating…" : "Create admin and sign in"}
      </button>
    </form>
  );
}
