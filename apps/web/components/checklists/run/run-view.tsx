"use client";

import type { ChecklistRunDto, NotificationDto } from "@opsdeck/core";
import { useMutationState } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { readCurrentRunAction } from "@/app/(dashboard)/checklists/[slug]/actions";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { type Answer, withAnswers } from "@/lib/checklists/answers";
import { runEventIsNews } from "@/lib/checklists/live";
import { unwrapRead } from "@/lib/read-result";
import { answerKey, runKey } from "./keys";
import { RunItems } from "./run-items";
import { RunNotifications } from "./run-notifications";
import { RunSummary } from "./run-summary";
import { SignOffPanel } from "./sign-off-panel";
import { StartRunForm } from "./start-run-form";

type Props = {
  slug: string;
  preDeploy: boolean;
  initial: ChecklistRunDto | null;
  /** The initial run's notifications, when it was missed. */
  initialNotifications?: NotificationDto[];
  renderedAt: number;
  liveFrom: number;
  /** The signed-in user's name, as the sign-off will record it. */
  signer: string;
  canWrite: boolean;
  /** Shown when there is no run: why not. */
  noRun: string;
  aside: ReactNode;
};

/** The run people work on now, read again whenever someone answers, signs or a new period opens. */
export function RunView(props: Props) {
  const { slug, preDeploy, initial, initialNotifications, renderedAt, liveFrom, signer, canWrite, noRun, aside } =
    props;
  const mine = (data: ChecklistRunDto | null, p: Record<string, unknown>) =>
    runEventIsNews(data, slug, p) ? REFETCH : undefined;
  const q = useLiveQuery({
    queryKey: runKey(slug),
    queryFn: async () => unwrapRead(await readCurrentRunAction(slug)),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "checklist.run": mine, "checklist.item": mine, "checklist.signoff": mine },
  });
  const run = q.data === undefined ? initial : q.data;
  const pending = useMutationState({
    filters: { mutationKey: answerKey(run?.id ?? ""), status: "pending" },
    select: (m) => m.state.variables as Answer,
  });
  const shown = run && withAnswers(run, pending);
  const editable = Boolean(shown && canWrite && shown.current && !shown.signedOffAt);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex min-w-0 flex-col gap-6">
        {preDeploy && canWrite && <StartRunForm slug={slug} />}
        {shown ? (
          <>
            <RunSummary run={shown} freshness={q} />
            <section className="card min-w-0 p-4" aria-labelledby="items-title">
              <h2 id="items-title" className="mb-3 font-semibold">
                {preDeploy ? `Items of ${shown.periodKey}` : "Items"}
              </h2>
              {!editable && !shown.signedOffAt && (
                <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
                  {canWrite
                    ? "This run's period is over: it can no longer change."
                    : "You can read this run; responders and admins answer it."}
                </p>
              )}
              <RunItems run={shown} editable={editable} />
            </section>
          </>
        ) : (
          <p className="card p-6 text-center text-sm text-slate-600 dark:text-slate-400">{noRun}</p>
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-6">
        {shown && <SignOffPanel run={shown} signer={signer} canWrite={canWrite} />}
        {shown?.missedAt && (
          <RunNotifications
            slug={slug}
            runId={shown.id}
            missed
            {...(shown.id === initial?.id && { initial: initialNotifications, renderedAt, liveFrom })}
          />
        )}
        {aside}
      </div>
    </div>
  );
}
