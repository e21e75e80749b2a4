"use client";

import type { NotificationDto } from "@opsdeck/core";
import { CHANNEL_KIND_LABEL } from "@opsdeck/core/notification/kinds";
import { readRunNotificationsAction } from "@/app/(dashboard)/checklists/[slug]/actions";
import { Badge, type Tone } from "@/components/badges/badge";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Time } from "@/components/ui/time";
import { unwrapRead } from "@/lib/read-result";

type Props = {
  slug: string;
  runId: string;
  /** A missed run with nothing sent says so. */
  missed: boolean;
  /** Read with the page; without it the list is read on mount. */
  initial?: NotificationDto[];
  renderedAt?: number;
  liveFrom?: number;
};

const STATUS: Record<NotificationDto["status"], [Tone, string]> = {
  SENT: ["emerald", "sent"],
  QUEUED: ["amber", "queued"],
  FAILED: ["red", "failed"],
  SUPPRESSED: ["slate", "not sent"],
};

const statusOf = (n: NotificationDto): [Tone, string] =>
  n.status === "QUEUED" && n.attempts > 0 ? ["amber", "retrying"] : STATUS[n.status];

function Outcome({ n }: { n: NotificationDto }) {
  const plural = n.attempts === 1 ? "" : "s";
  const error = n.lastError?.replace(/\.$/, "");
  if (n.status === "SENT" && n.sentAt)
    return (
      <>
        Sent <Time iso={n.sentAt} className="whitespace-nowrap" />
        {n.attempts > 1 && ` on attempt ${n.attempts}`}.
      </>
    );
  if (n.status === "FAILED")
    return (
      <>
        Failed after {n.attempts} attempt{plural}: {error}.
      </>
    );
  if (n.status === "QUEUED" && n.attempts > 0 && n.nextAttemptAt)
    return (
      <>
        Attempt {n.attempts} failed: {error}. Next attempt <Time iso={n.nextAttemptAt} className="whitespace-nowrap" />.
      </>
    );
  return <>Queued: a worker sends it shortly.</>;
}

/**
 * Who was told that this run was missed, and how it went: a run has no timeline, so every send,
 * retry and failure shows here, kept current by the event stream.
 */
export function RunNotifications({ slug, runId, missed, initial, renderedAt, liveFrom }: Props) {
  const mine = (_data: NotificationDto[], p: Record<string, unknown>) => (p.runId === runId ? REFETCH : undefined);
  const q = useLiveQuery({
    queryKey: ["checklist-run-notifications", runId],
    queryFn: async () => unwrapRead(await readRunNotificationsAction(slug, runId)),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "checklist.notification": mine, "checklist.run": mine },
  });
  const list = q.data ?? [];
  if (list.length === 0 && !(missed && q.isSuccess)) return null;
  return (
    <section className="card min-w-0 p-4" aria-labelledby={`notified-${runId}`}>
      <h2 id={`notified-${runId}`} className="mb-2 font-semibold">
        Notified of the miss
      </h2>
      {list.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Nobody: no enabled notification channel takes missed checklist runs.
        </p>
      )}
      <ul className="flex flex-col gap-2 text-sm">
        {list.map((n) => {
          const [tone, label] = statusOf(n);
          return (
            <li key={n.id} className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 break-words font-medium">
                  {CHANNEL_KIND_LABEL[n.channel.kind]} {n.channel.name}
                </span>
                <Badge tone={tone}>{label}</Badge>
              </div>
              <p className="min-w-0 break-words text-slate-600 dark:text-slate-400">
                <Outcome n={n} />
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
