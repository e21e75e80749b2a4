import type { ChecklistCadence, Prisma } from "@opsdeck/db";
import { publishLive } from "../live/publish.ts";
import { evaluateRules } from "./evidence/evaluate.ts";
import { type EvidenceRule, isEvidenceRule } from "./evidence/rules.ts";
import { periodKey } from "./period.ts";
import { runDeadlines } from "./schedule.ts";
import { TEMPLATE_ITEM_SELECT } from "./template-dto.ts";

type Tx = Prisma.TransactionClient;

/** What opening a run needs of its template. */
export const OPEN_TEMPLATE_SELECT = {
  id: true,
  slug: true,
  cadence: true,
  timeZone: true,
  dueTime: true,
  dueDay: true,
  graceMinutes: true,
  archivedAt: true,
  createdAt: true,
  items: { select: TEMPLATE_ITEM_SELECT, orderBy: { position: "asc" } },
} as const satisfies Prisma.ChecklistTemplateSelect;

export type OpenTemplate = Prisma.ChecklistTemplateGetPayload<{ select: typeof OPEN_TEMPLATE_SELECT }>;

/** Whether `key` is the period people work on now: the current one, or any pre-deploy label. */
export const isCurrentPeriod = (t: { cadence: ChecklistCadence; timeZone: string }, key: string, now: Date): boolean =>
  t.cadence === "PRE_DEPLOY" || periodKey(t.cadence, now, t.timeZone) === key;

/**
 * A checklist made after its period's due time (a daily list written at 3 p.m.) could not have been
 * done on time: that first run gets no deadline, rather than turning overdue and missed at once.
 */
function firstPeriodSpared<D extends { dueAt: Date }>(
  template: { createdAt: Date },
  deadlines: D | null,
  now: Date,
): D | null {
  if (!deadlines) return null;
  const due = deadlines.dueAt.getTime();
  return template.createdAt.getTime() > due && now.getTime() > due ? null : deadlines;
}

/** Serialise everything that opens runs of one template, across processes, until the transaction ends. */
export const lockTemplateRuns = (tx: Tx, templateId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`checklist-runs:${templateId}`}))`;

/**
 * The template's run for `key`, opened now if it has none: its items copied from the template with
 * their evidence evaluated. Under the template's advisory lock, so two workers (or a worker and a page)
 * opening the same period get the same run. Returns the run id and whether this call created it.
 */
export async function openRun(
  tx: Tx,
  template: OpenTemplate,
  key: string,
  now: Date,
  openedById: string | null,
): Promise<{ id: string; created: boolean }> {
  await lockTemplateRuns(tx, template.id);
  const existing = await tx.checklistRun.findUnique({
    where: { templateId_periodKey: { templateId: template.id, periodKey: key } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  const rules = [...new Set(template.items.map((i) => i.evidence).filter((r): r is EvidenceRule => isEvidenceRule(r)))];
  const evidence = await evaluateRules(tx, rules, now);
  const deadlines = firstPeriodSpared(template, runDeadlines(template.cadence, key, template.timeZone, template), now);
  const run = await tx.checklistRun.create({
    data: {
      templateId: template.id,
      periodKey: key,
      startedAt: now,
      openedById,
      dueAt: deadlines?.dueAt ?? null,
      missAfter: deadlines?.missAfter ?? null,
      results: {
        create: template.items.map((item) => {
          const opened = isEvidenceRule(item.evidence) ? evidence.get(item.evidence) : undefined;
          return {
            itemId: item.id,
            position: item.position,
            title: item.title,
            detail: item.detail,
            helpUrl: item.helpUrl,
            evidenceRule: item.evidence,
            evidence: opened ? ({ opened } as Prisma.InputJsonValue) : undefined,
          };
        }),
      },
    },
    select: { id: true },
  });
  await publishLive(tx, "checklist.run", { slug: template.slug, runId: run.id, version: 0 });
  return { id: run.id, created: true };
}
