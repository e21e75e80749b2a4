import type { ChecklistCadence, ChecklistRunGetPayload, ChecklistRunWhereInput, Db, Prisma } from "@opsdeck/db";
import { USER_REF_SELECT, type UserRef, iso } from "../incident/dto.ts";
import { isPeriodic, periodKey } from "./period.ts";
import { type OutcomeCounts, countOutcomes } from "./run-dto.ts";
import { type RunStatus, runStatus } from "./run-status.ts";

/** A run without its items: for lists, the history calendar and exports' headers. */
export type ChecklistRunSummaryDto = {
  id: string;
  periodKey: string;
  status: RunStatus;
  startedAt: string;
  dueAt: string | null;
  missedAt: string | null;
  signedOffAt: string | null;
  signedOffBy: UserRef | null;
  /** The signer's name as it was at sign-off. */
  signedOffByName: string | null;
  note: string | null;
  counts: OutcomeCounts;
  total: number;
};

export const RUN_SELECT = {
  id: true,
  templateId: true,
  periodKey: true,
  startedAt: true,
  dueAt: true,
  missAfter: true,
  missedAt: true,
  signedOffAt: true,
  note: true,
  signedOffBy: { select: USER_REF_SELECT },
  signedOffByName: true,
  results: { select: { outcome: true } },
} as const satisfies Prisma.ChecklistRunSelect;

type RunRow = ChecklistRunGetPayload<{ select: typeof RUN_SELECT }>;

export function toRunSummary(run: RunRow, now: Date): ChecklistRunSummaryDto {
  const { templateId: _, results, startedAt, dueAt, missAfter, missedAt, signedOffAt, ...rest } = run;
  return {
    ...rest,
    status: runStatus({ dueAt, missAfter, missedAt, signedOffAt }, now),
    startedAt: startedAt.toISOString(),
    dueAt: iso(dueAt),
    missedAt: iso(missedAt),
    signedOffAt: iso(signedOffAt),
    counts: countOutcomes(results.map((r) => r.outcome)),
    total: results.length,
  };
}

/** The key of the period holding `now`, or null for pre-deploy checklists, which have none. */
export const currentPeriodKey = (cadence: ChecklistCadence, now: Date, tz: string): string | null =>
  isPeriodic(cadence) ? periodKey(cadence, now, tz) : null;

/**
 * Each template's current run: this period's (in the template's zone) for calendar cadences, the
 * latest for pre-deploy. One query for the calendar cadences, one per pre-deploy template (there are few).
 */
export async function findCurrentRuns(
  db: Db,
  templates: { id: string; cadence: ChecklistCadence; timeZone: string }[],
  now: Date,
): Promise<Map<string, RunRow>> {
  const periodic: ChecklistRunWhereInput[] = [];
  const preDeploy: string[] = [];
  for (const t of templates) {
    const key = currentPeriodKey(t.cadence, now, t.timeZone);
    if (key === null) preDeploy.push(t.id);
    else periodic.push({ templateId: t.id, periodKey: key });
  }
  const [current, ...latest] = await Promise.all([
    periodic.length ? db.checklistRun.findMany({ where: { OR: periodic }, select: RUN_SELECT }) : [],
    ...preDeploy.map((templateId) =>
      db.checklistRun.findFirst({
        where: { templateId },
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
        select: RUN_SELECT,
      }),
    ),
  ]);
  const runs = [...current, ...latest.filter((r) => r !== null)];
  return new Map(runs.map((r) => [r.templateId, r]));
}
