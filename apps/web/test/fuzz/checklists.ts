import { answerChecklistItem } from "@opsdeck/core/checklist/answer-item";
import { getCurrentChecklistRun, startPreDeployRun } from "@opsdeck/core/checklist/current-run";
import { archiveChecklistTemplate } from "@opsdeck/core/checklist/template-archive";
import { createChecklistTemplate } from "@opsdeck/core/checklist/template-write";
import { ctxOf, type TestUser } from "@opsdeck/core/testing";
import type { TestDb } from "@opsdeck/db/testing";

type Db = TestDb["db"];

const FIXTURES = [
  { slug: "fuzz-daily", cadence: "DAILY", titles: ["Look at the Overview", "Read the overnight alerts"] },
  { slug: "fuzz-deploy", cadence: "PRE_DEPLOY", titles: ["Migrations reviewed", "Rollback target set"] },
  { slug: "fuzz-archived", cadence: "WEEKLY", titles: ["Hand over on-call"], archived: true },
] as const;
const SLUGS = FIXTURES.map((f) => `'${f.slug}'`).join(", ");

/** Each fixture's updatedAt as the harness last left it: any other means a generated request changed it. */
const leftAt = new Map<string, number>();
let started = 0;

/**
 * Keep three checklists named "fuzz-…" as the harness made them: a daily one with this period's run
 * open, a pre-deploy one with a run whose items are all answered (so a sign-off can succeed) and an
 * archived one (so a restore can). A fixture a request edited, archived or restored is made afresh.
 */
export async function replenishChecklists(db: Db, admin: TestUser): Promise<void> {
  const ctx = ctxOf(admin);
  const rows = await db.checklistTemplate.findMany({
    where: { slug: { in: FIXTURES.map((f) => f.slug) } },
    select: { slug: true, updatedAt: true },
  });
  for (const { slug, cadence, titles, ...rest } of FIXTURES) {
    const row = rows.find((r) => r.slug === slug);
    if (row && row.updatedAt.getTime() === leftAt.get(slug)) continue;
    if (row) await db.checklistTemplate.delete({ where: { slug } });
    const items = titles.map((title) => ({ title }));
    let made = await createChecklistTemplate({
      db,
      ctx,
      input: { slug, name: `Fuzz ${slug}`, cadence, timeZone: "UTC", items },
    });
    if ("archived" in rest) made = await archiveChecklistTemplate({ db, ctx, input: { slug } });
    leftAt.set(slug, Date.parse(made.updatedAt));
  }
  if (!(await db.checklistRun.count({ where: { template: { slug: "fuzz-daily" } } })))
    await getCurrentChecklistRun({ db, ctx, input: { slug: "fuzz-daily" } });
  const ready = await db.checklistRun.count({
    where: { template: { slug: "fuzz-deploy" }, signedOffAt: null, results: { none: { outcome: null } } },
  });
  if (ready) return;
  const run = await startPreDeployRun({ db, ctx, input: { slug: "fuzz-deploy", label: `fuzz-ready-${started++}` } });
  for (const item of run.items)
    await answerChecklistItem({
      db,
      ctx,
      input: { slug: "fuzz-deploy", runId: run.id, itemId: item.id, outcome: "DONE" },
    });
}

/**
 * What a checklist path points at: a fixture; then a run of that checklist (`$1`, the slug before
 * it), the one that can be signed off first; then an item of that run (`$1`, the run id).
 */
export const CHECKLIST_ID_SQL = {
  checklist: `SELECT slug AS v FROM "ChecklistTemplate" WHERE slug IN (${SLUGS}) ORDER BY slug`,
  "checklist-run": `SELECT r.id AS v FROM "ChecklistRun" r JOIN "ChecklistTemplate" t ON t.id = r."templateId"
    WHERE t.slug = $1
    ORDER BY (r."signedOffAt" IS NULL AND NOT EXISTS (
      SELECT 1 FROM "ChecklistItemResult" i WHERE i."runId" = r.id AND i.outcome IS NULL)) DESC, r."startedAt" DESC
    LIMIT 1`,
  "checklist-item": `SELECT id AS v FROM "ChecklistItemResult" WHERE "runId" = $1 ORDER BY position`,
};
