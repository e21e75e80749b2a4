"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { acknowledgeByLinkAction } from "./actions";

/** One button: a mail scanner that opens the link acknowledges nothing, a person's click does. */
export function AckForm({ token, number }: { token: string; number: number }) {
  const { state, pending, onSubmit } = useFormAction(acknowledgeByLinkAction, undefined, { successToast: false });
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form onSubmit={onSubmit} className="mt-5 space-y-3">
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="btn-primary w-full py-3 text-base" disabled={pending}>
        {pending ? "Acknowledging…" : `Acknowledge incident #${number}`}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
