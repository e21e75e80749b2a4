"use client";

import type { ContactMethodDto } from "@opsdeck/core/contact/dto";
import { useRouter } from "next/navigation";
import { removeContactMethodAction, testContactMethodAction } from "@/app/(dashboard)/settings/contact/actions";
import { Badge } from "@/components/badges/badge";
import { TestSend } from "@/components/forms/test-send";
import { useFormAction } from "@/components/forms/use-form-action";
import { Time } from "@/components/ui/time";

const KIND_LABEL = { EMAIL: "Email", SLACK: "Slack", WEBHOOK: "Webhook" } as const;

/** One way to be paged: where it goes, its last test, a test and a remove. */
export function ContactCard({ method: m, position }: { method: ContactMethodDto; position: number }) {
  const router = useRouter();
  const remove = useFormAction(removeContactMethodAction, () => router.refresh(), {
    confirm: `Remove ${KIND_LABEL[m.kind].toLowerCase()} ${m.address}? Pages stop going there.`,
  });
  return (
    <li className="card min-w-0 p-4" aria-label={`${KIND_LABEL[m.kind]} ${m.address}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-600 dark:text-slate-400">{position}.</span>
        <Badge tone="slate">{KIND_LABEL[m.kind]}</Badge>
        <span className="min-w-0 break-all font-medium">{m.address}</span>
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {m.test ? (
          <>
            Last test <Time iso={m.test.at} />: {m.test.ok ? "delivered" : `not delivered (${m.test.detail})`}
          </>
        ) : (
          "Not tested yet"
        )}
      </p>
      {m.signingSecret && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Signing secret</summary>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            Pages are signed with <code>X-Opsdeck-Signature: t=…,v1=HMAC-SHA256(secret, "t.body")</code>.
          </p>
          <code className="mt-1 block break-all">{m.signingSecret}</code>
        </details>
      )}
      <div className="mt-3">
        <TestSend id={m.id} name={m.address} action={testContactMethodAction}>
          <form onSubmit={remove.onSubmit} aria-label={`Remove ${m.address}`}>
            <input type="hidden" name="id" value={m.id} />
            <button type="submit" className="btn-secondary text-red-700 dark:text-red-400" disabled={remove.pending}>
              {remove.pending ? "Removing…" : "Remove"}
            </button>
          </form>
        </TestSend>
      </div>
    </li>
  );
}
