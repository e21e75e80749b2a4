import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { enqueueMissedRunNotifications } from "../notification/enqueue-checklist.ts";
import { systemCtx } from "../roles.ts";
import { OPEN_TEMPLATE_SELECT, openRun } from "./open-run.ts";
import { periodKey } from "./period.ts";

/**
 * Open this period's run of every active calendar template that has none yet (the worker calls it
 * every few seconds, so a run opens at its period's start in the template's zone). Safe with several
 * workers: each template's runs open under its lock and are unique per period. Returns how many opened.
 */
export async function openDueRuns(db: Db, now = new Date()): Promise<number> {
  const templates = await db.checklistTemplate.findMany({
    where: { archivedAt: null, cadence: { not: "PRE_DEPLOY" }, items: { some: {} } },
    select: {
      id: true,
      cadence: true,
      timeZone: true,
      runs: { select: { periodKey: true }, orderBy: { startedAt: "desc" }, take: 1 },
    },
  });
  let opened = 0;
  for (const t of templates) {
    const key = periodKey(t.cadence, now, t.timeZone);
    if (t.runs[0]?.periodKey === key) continue;
    const created = await db.$transaction(async (tx) => {
      const template = await tx.checklistTemplate.findUniqueOrThrow({
        where: { id: t.id },
        select: OPEN_TEMPLATE_SELECT,
      });
      return (await openRun(tx, template, key, now, null)).created;
    });
    if (created) opened++;
  }
  return opened;
}

/**
 * Mark every unsigned run whose grace ran out as missed, once, queue its notifications to the
 * channels that take checklist runs, and tell open pages. Returns the runs marked and how many
 * notifications each queued.
 */
export async function markMissedRuns(
  db: Db,
  now = new Date(),
): Promise<{ id: string; slug: string; periodKey: string; notifications: number }[]> {
  return db.$transaction(async (tx) => {
    const missed = await tx.$queryRaw<{ id: string; slug: string; periodKey: string; version: number }[]>`
      UPDATE "ChecklistRun" r SET "missedAt" = ${now}, version = r.version + 1
      FROM "ChecklistTemplate" t
      WHERE t.id = r."templateId" AND r."signedOffAt" IS NULL AND r."missedAt" IS NULL AND r."missAfter" <= ${now}
      RETURNING r.id, t.slug, r."periodKey", r.version`;
    const worker = systemCtx("worker");
    const notified: number[] = [];
    for (const r of missed) {
      notified.push(await enqueueMissedRunNotifications(tx, r.id, now));
      await recordAudit(tx, worker, {
        action: "checklist.missed",
        targetType: "checklistRun",
        targetId: r.id,
        after: { checklist: r.slug, period: r.periodKey, missedAt: now },
      });
      await publishLive(tx, "checklist.run", { slug: r.slug, runId: r.id, version: r.version });
    }
    return missed.map(({ version: _, ...r }, i) => ({ ...r, notifications: notified[i] ?? 0 }));
  });
}
