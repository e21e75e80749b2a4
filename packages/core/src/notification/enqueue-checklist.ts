import type { Prisma } from "@opsdeck/db";
import { displayName } from "../incident/internal.ts";
import { formatStamp } from "../time/format.ts";
import type { Tx } from "./internal.ts";
import { CHECKLIST_MISSED } from "./kinds.ts";
import type { ChecklistPayload } from "./message.ts";

/**
 * The outbox for a missed run: inside the transaction that marks it missed, one QUEUED
 * Notification per enabled channel that takes checklist runs. A run never pages, and each channel
 * hears of its miss once (a unique index). Returns how many rows were written.
 */
export async function enqueueMissedRunNotifications(tx: Tx, runId: string, now: Date): Promise<number> {
  const channels = await tx.notificationChannel.findMany({
    where: { enabled: true, checklists: true },
    select: { id: true },
  });
  if (channels.length === 0) return 0;
  const run = await tx.checklistRun.findUniqueOrThrow({
    where: { id: runId },
    select: {
      periodKey: true,
      dueAt: true,
      missAfter: true,
      template: {
        select: {
          slug: true,
          name: true,
          timeZone: true,
          assigneeRole: true,
          assignee: { select: { name: true, email: true } },
        },
      },
      results: { select: { outcome: true } },
    },
  });
  const t = run.template;
  const answered = run.results.filter((r) => r.outcome !== null).length;
  const deadline = run.missAfter ? `by ${formatStamp(run.missAfter, t.timeZone)}` : "in time";
  const payload: ChecklistPayload = {
    about: "checklist",
    event: "missed",
    checklist: { slug: t.slug, name: t.name },
    periodKey: run.periodKey,
    assignee: t.assignee ? displayName(t.assignee) : `any ${t.assigneeRole.toLowerCase()}`,
    dueAt: run.dueAt?.toISOString() ?? null,
    due: run.dueAt ? formatStamp(run.dueAt, t.timeZone) : "no due time",
    headline: "Missed: not signed off in time",
    text: `Nobody signed it off ${deadline}; ${answered} of ${run.results.length} items were answered.`,
  };
  const { count } = await tx.notification.createMany({
    data: channels.map((c) => ({
      channelId: c.id,
      checklistRunId: runId,
      event: CHECKLIST_MISSED,
      status: "QUEUED" as const,
      quiet: true,
      payload: payload as unknown as Prisma.InputJsonValue,
      summary: `[Checklist] ${t.name} ${run.periodKey}: missed`.slice(0, 300),
      nextAttemptAt: now,
      createdAt: now,
    })),
    skipDuplicates: true,
  });
  return count;
}
