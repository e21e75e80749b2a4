"use client";

import { type ReactNode, useState, useTransition } from "react";
import { toast } from "sonner";
import type { FormState } from "@/lib/form-state";

export type TestSendState = FormState & { sent?: boolean; detail?: string };

/** "Send test": calls `action` with the id, waits for the receiver's answer (10 s at most) and shows it below. */
export function TestSend({
  id,
  name,
  action,
  children,
}: {
  id: string;
  /** What the toast names: "#oncall", "ana@example.com". */
  name: string;
  action: (prev: TestSendState, form: FormData) => Promise<TestSendState>;
  children?: ReactNode;
}) {
  const [state, setState] = useState<TestSendState | null>(null);
  const [pending, start] = useTransition();
  const send = () =>
    start(async () => {
      const form = new FormData();
      form.set("id", id);
      const next = await action({ ok: false }, form);
      setState(next);
      if (next.sent) toast.success(`Test sent to ${name}`);
      else toast.error(next.message ?? "The test was not delivered");
    });
  return (
    <div className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn-secondary"
          onClick={send}
          disabled={pending}
          aria-label={`Send test to ${name}`}
        >
          {pending ? "Sending…" : "Send test"}
        </button>
        {children}
      </div>
      {state && !pending && (
        <p
          role="status"
          className={`min-w-0 break-words text-sm ${state.sent ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}
        >
          {state.sent ? "Delivered" : `Not delivered: ${state.detail ?? state.message}`}
        </p>
      )}
    </div>
  );
}
