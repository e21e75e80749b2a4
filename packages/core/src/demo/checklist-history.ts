import type { ChecklistCadence, ChecklistOutcome, Prisma } from "@opsdeck/db";
import { periodKey } from "../checklist/period.ts";
import { periodBounds, runDeadlines, shiftPeriodKey } from "../checklist/schedule.ts";

type Tx = Prisma.TransactionClient;
type Template = {
  id: string;
  cadence: ChecklistCadence;
  timeZone: string;
  dueTime: string;
  dueDay: number;
  graceMinutes: number;
  items: {
    id: string;
    position: number;
    title: string;
    detail: string | null;
    helpUrl: string | null;
    evidence: string | null;
  }[];
};

/** How a past period went: signed on time, signed late, or missed with some items answered. */
type PastRun = { ago: number; how: "signed" | "late" | "missed"; by: string; remark?: string };

const SIGNERS = ["Priya Shah", "Sam Rivera", "Alex Kim"];

/** A few weeks of history per cadence, newest last: mostly on time, some late, some missed. */
const HISTORY: Record<Exclude<ChecklistCadence, "PRE_DEPLOY">, PastRun[]> = {
  DAILY: [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((ago, i) => ({
    ago,
    how: ago === 9 || ago === 4 ? "missed" : ago === 6 || ago === 2 ? "late" : "signed",
    by: SIGNERS[i % SIGNERS.length] as string,
    ...(ago === 6 && { remark: "Connections at 85% during the import job; raised the pool to 30." }),
  })),
  WEEKLY: [
    { ago: 4, how: "signed", by: "Sam Rivera" },
    { ago: 3, how: "missed", by: "Alex Kim" },
    { ago: 2, how: "signed", by: "Priya Shah" },
    { ago: 1, how: "late", by: "Sam Rivera" },
  ],
  MONTHLY: [
    { ago: 2, how: "signed", by: "Priya Shah" },
    {
      ago: 1,
      how: "late",
      by: "Alex Kim",
      remark: "Archive job deferred to next month: the orders table is being migrated.",
    },
  ],
  QUARTERLY: [{ ago: 1, how: "signed", by: "Sam Rivera" }],
};

const at = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

/**
 * Past runs of a demo template, as the team left them. Items have no evidence: it is evaluated only
 * when a run really opens. Today's run is not made here: the worker opens it, with real evidence.
 */
export async function seedChecklistHistory(tx: Tx, t: Template, now: Date): Promise<{ runs: number; results: number }> {
  if (t.cadence === "PRE_DEPLOY") return seedPreDeployHistory(tx, t, now);
  const current = periodKey(t.cadence, now, t.timeZone);
  let runs = 0;
  let results = 0;
  for (const past of HISTORY[t.cadence]) {
    const key = shiftPeriodKey(t.cadence, current, -past.ago);
    const deadlines = runDeadlines(t.cadence, key, t.timeZone, t);
    if (!deadlines) continue;
    const { dueAt, missAfter } = deadlines;
    const signedOffAt = past.how === "signed" ? at(dueAt, -35) : past.how === "late" ? at(missAfter, 50) : null;
    const answered = past.how === "missed" ? Math.floor(t.items.length / 2) : t.items.length;
    await createRun(tx, t, key, {
      startedAt: at(periodBounds(t.cadence, key, t.timeZone).start, 1),
      dueAt,
      missAfter,
      missedAt: past.how === "signed" ? null : at(missAfter, 1),
      signedOffAt,
      signedOffByName: signedOffAt ? past.by : null,
      answer: (position) =>
        position >= answered
          ? null
          : past.remark && position === t.items.length - 1
            ? { outcome: "NOT_DONE", remark: past.remark }
            : { outcome: "DONE", remark: null },
      answeredAt: at(signedOffAt ?? missAfter, -10),
    });
    runs++;
    results += t.items.length;
  }
  return { runs, results };
}

async function seedPreDeployHistory(tx: Tx, t: Template, now: Date) {
  const deploys = [
    { label: "deploy-2041", daysAgo: 6, by: "Alex Kim" },
    { label: "deploy-2047", daysAgo: 2, by: "Priya Shah" },
  ];
  for (const d of deploys) {
    const signedOffAt = at(now, -d.daysAgo * 1440);
    await createRun(tx, t, d.label, {
      startedAt: at(signedOffAt, -25),
      dueAt: null,
      missAfter: null,
      missedAt: null,
      signedOffAt,
      signedOffByName: d.by,
      answer: (position) =>
        position === 2
          ? { outcome: "NA", remark: "Hotfix: no staging deploy for a copy change." }
          : { outcome: "DONE", remark: null },
      answeredAt: at(signedOffAt, -5),
    });
  }
  return { runs: deploys.length, results: deploys.length * t.items.length };
}

async function createRun(
  tx: Tx,
  t: Template,
  key: string,
  r: {
    startedAt: Date;
    dueAt: Date | null;
    missAfter: Date | null;
    missedAt: Date | null;
    signedOffAt: Date | null;
    signedOffByName: string | null;
    answer: (position: number) => { outcome: ChecklistOutcome; remark: string | null } | null;
    answeredAt: Date;
  },
): Promise<void> {
  const { answer, answeredAt, ...run } = r;
  await tx.checklistRun.create({
    data: {
      templateId: t.id,
      periodKey: key,
      ...run,
      results: {
        create: t.items.map((item) => {
          const a = answer(item.position);
          return {
            itemId: item.id,
            position: item.position,
            title: item.title,
            detail: item.detail,
            helpUrl: item.helpUrl,
            evidenceRule: item.evidence,
            outcome: a?.outcome ?? null,
            remark: a?.remark ?? null,
            answeredAt: a ? answeredAt : null,
          };
        }),
      },
    },
  });
}
