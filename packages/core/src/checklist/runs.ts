import type { ChecklistCadence, ChecklistRunGetPayload, ChecklistRunWhereInput, Db } from "@opsdeck/db";
import { USER_REF_SELECT, type UserRef, iso } from "../incident/dto.ts";
import { isPeriodic, periodKey } from "./period.ts";

export type ChecklistRunProgressDto = {
  id: string;
  periodKey: string;
  startedAt: string;
  done: number;
  total: number;
  signedOffAt: string | null;
  signedOffBy: UserRef | null;
  note: string | null;
};

export const RUN_SELECT = {
  id: true,
  templateId: true,
  periodKey: true,
  startedAt: true,
  signedOffAt: true,
  note: true,
  signedOffBy: { select: USER_REF_SELECT },
  _count: { select: { results: { where: { done: true } } } },
} as const;

type RunRow = ChecklistRunGetPayload<{ select: typeof RUN_SELECT }>;

export function toRunProgress(run: RunRow, total: number): ChecklistRunProgressDto {
  const { templateId: _, _count, startedAt, signedOffAt, ...rest } = run;
  return { ...rest, startedAt: startedAt.toISOString(), signedOffAt: iso(signedOffAt), done: _count.results, total };
}

/** The key of the period holding `now`, or null for pre-deploy checklists, which have none. */
export const currentPeriodKey = (cadence: ChecklistCadence, now: Date, tz: string): string | null =>
  isPeriodic(cadence) ? periodKey(cadence, now, tz) : null;

/**
 * Each template's current run: this period's for calendar cadences, the latest for pre-deploy.
 * One query for the calendar cadences, one per pre-deploy template (there are few).
 */
export async function findCurrentRuns(
  db: Db,
  templates: { id: string; cadence: ChecklistCadence }[],
  now: Date,
  tz: string,
): Promise<Map<string, RunRow>> {
  const periodic: ChecklistRunWhereInput[] = [];
  const preDeploy: string[] = [];
  for (const t of templates) {
    const key = currentPeriodKey(t.cadence, now, tz);
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
