"use client";

import type { TApiTokenDto } from "@opsdeck/core/token/schemas";
import { useRef } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(dashboard)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { Time } from "@/components/ui/time";

function RevokeButton({ token }: { token: TApiTokenDto }) {
  const { pending, onSubmit } = useFormAction(revokeApiTokenAction, undefined, {
    confirm: `Revoke the token "${token.name}"? Scripts using it stop working at once.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="tokenId" value={token.id} />
      <button type="submit" className="btn-secondary py-1" disabled={pending}>
        Revoke
      </button>
    </form>
  );
}

export function ApiTokens({ tokens }: { tokens: TApiTokenDto[] }) {
  const ref = useRef<HTMLFormElement>(null);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(createApiTokenAction, () => ref.current?.reset(), {
    // The message is the token itself: it stays in the page, not in a toast.
    successToast: () => "Token created: copy it now",
  });
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {tokens.map((t) => (
          <li key={t.id} className="flex items-center justify-between gap-3 py-2 text-sm">
            <div className="min-w-0">
              <p className="truncate font-medium">{t.name}</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                odk_{t.prefix}… · {t.status}
                {t.lastUsedAt ? (
                  <>
                    {" "}
                    · last used <Time iso={t.lastUsedAt} as="date" />
                  </>
                ) : (
                  " · never used"
                )}
              </p>
            </div>
            {t.status === "active" && <RevokeButton token={t} />}
          </li>
        ))}
        {tokens.length === 0 && <li className="py-2 text-sm text-slate-500 dark:text-slate-400">No tokens yet.</li>}
      </ul>
      {state.ok && state.message && (
        <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm dark:bg-emerald-950">
          <p className="font-medium">Copy this token now; it is not shown again.</p>
          <code className="mt-1 block break-all" data-testid="new-token">
            {state.message}
          </code>
        </div>
      )}
      <form ref={ref} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_8rem_auto] sm:items-end" noValidate>
        <Field label="Token name" name="tokenName" errors={fe.name}>
          <input id="tokenName" name="name" className="input" placeholder="e.g. deploy script" />
        </Field>
        <Field label="Expires in days" name="expiresInDays" errors={fe.expiresInDays}>
          <input id="expiresInDays" name="expiresInDays" inputMode="numeric" className="input" placeholder="never" />
        </Field>
        <button type="submit" className="btn-primary" disabled={pending}>
          Create token
        </button>
      </form>
      {!state.ok && state.message && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {state.message}
        </p>
      )}
    </div>
  );
}
