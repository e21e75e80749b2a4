"use client";

import { type ReactNode, useState, useTransition } from "react";
import { toast } from "sonner";
import { type ChannelTestState, testChannelAction } from "@/app/(dashboard)/settings/notifications/actions";

/** "Send test" (beside the card's other buttons): waits for the channel's answer (10 s at most) and shows it below. */
export function ChannelTest({ id, name, children }: { id: string; name: string; children?: ReactNode }) {
  const [state, setState] = useState<ChannelTestState | null>(null);
  const [pending, start] = useTransition();
  const send = () =>
    start(async () => {
      const form = new FormData();
      form.set("id", id);
      const next = await testChannelAction({ ok: false }, form);
      setState(next);
      if (next.sent) toast.success(`Test message sent to ${name}`);
      else toast.error(next.message ?? "The test message was not delivered");
    });
  return (
    <div className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn-secondary" onClick={send} disabled={pending}>
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
