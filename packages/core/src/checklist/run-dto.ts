import type { ChecklistCadence, ChecklistOutcome, ChecklistRunGetPayload, Prisma } from "@opsdeck/db";
import { USER_REF_SELECT, type UserRef, iso } from "../incident/dto.ts";
import type { Evidence } from "./evidence/rules.ts";
import { type RunStatus, runStatus } from "./run-status.ts";

/** The evidence of one item: when its run opened, and again at sign-off. */
export type ItemEvidence = { opened?: Evidence; signed?: Evidence };

export type ChecklistRunItemDto = {
  id: string;
  position: number;
  title: string;
  detail: string | null;
  helpUrl: string | null;
  evidenceRule: string | null;
  evidence: ItemEvidence | null;
  outcome: ChecklistOutcome | null;
  remark: string | null;
  answeredBy: UserRef | null;
  answeredAt: string | null;
};

export type OutcomeCounts = { done: number; notDone: number; na: number; open: number };

export type ChecklistRunDto = {
  id: string;
  checklist: { id: string; slug: string; name: string; cadence: ChecklistCadence; timeZone: string };
  periodKey: string;
  status: RunStatus;
  /** Whether this is the run people can still change: its period is the current one (any unsigned pre-deploy run). */
  current: boolean;
  startedAt: string;
  openedBy: UserRef | null;
  dueAt: string | null;
  missAfter: string | null;
  missedAt: string | null;
  signedOffAt: string | null;
  signedOffBy: UserRef | null;
  /** The signer's name as it was at sign-off. */
  signedOffByName: string | null;
  note: string | null;
  version: number;
  counts: OutcomeCounts;
  items: ChecklistRunItemDto[];
};

export const RUN_ITEM_SELECT = {
  id: true,
  position: true,
  title: true,
  detail: true,
  helpUrl: true,
  evidenceRule: true,
  evidence: true,
  outcome: true,
  remark: true,
  answeredAt: true,
  answeredBy: { select: USER_REF_SELECT },
} as const satisfies Prisma.ChecklistItemResultSelect;

export const RUN_DETAIL_SELECT = {
  id: true,
  periodKey: true,
  startedAt: true,
  dueAt: true,
  missAfter: true,
  missedAt: true,
  signedOffAt: true,
  note: true,
  version: true,
  openedBy: { select: USER_REF_SELECT },
  signedOffBy: { select: USER_REF_SELECT },
  signedOffByName: true,
  template: { select: { id: true, slug: true, name: true, cadence: true, timeZone: true } },
  results: { select: RUN_ITEM_SELECT, orderBy: { position: "asc" } },
} as const satisfies Prisma.ChecklistRunSelect;

type RunDetailRow = ChecklistRunGetPayload<{ select: typeof RUN_DETAIL_SELECT }>;

export function countOutcomes(outcomes: (ChecklistOutcome | null)[]): OutcomeCounts {
  const counts: OutcomeCounts = { done: 0, notDone: 0, na: 0, open: 0 };
  for (const o of outcomes) {
    if (o === "DONE") counts.done++;
    else if (o === "NOT_DONE") counts.notDone++;
    else if (o === "NA") counts.na++;
    else counts.open++;
  }
  return counts;
}

export function toRunDto(run: RunDetailRow, current: boolean, now: Date): ChecklistRunDto {
  const { template, results, startedAt, dueAt, missAfter, missedAt, signedOffAt, ...rest } = run;
  return {
    ...rest,
    checklist: template,
    status: runStatus({ dueAt, missAfter, missedAt, signedOffAt }, now),
    current,
    startedAt: startedAt.toISOString(),
    dueAt: iso(dueAt),
    missAfter: iso(missAfter),
    missedAt: iso(missedAt),
    signedOffAt: iso(signedOffAt),
    counts: countOutcomes(results.map((r) => r.outcome)),
    items: results.map(({ answeredAt, evidence, ...r }) => ({
      ...r,
      evidence: (evidence ?? null) as ItemEvidence | null,
      answeredAt: iso(answeredAt),
    })),
  };
}
