import type { AlertRuleGroupModel, AlertRuleModel, Db, Prisma } from "@opsdeck/db";
import { activeMaintenance } from "../check/maintenance.ts";
import { enqueueAlertNotifications } from "../notification/enqueue-alert.ts";
import type { AnyCtx } from "../roles.ts";
import type { WindowSummary } from "./evaluate.ts";
import { fireIncident, noteResolved } from "./incident.ts";
import { publishRuleChange, type Tx } from "./internal.ts";
import { type Context, judgeRule } from "./judge.ts";
import { saveGroups, saveQuietRules } from "./save.ts";
import { readWindows, windowKey } from "./window.ts";

export type AlertRun = { evaluated: number; changes: { ruleId: string; group: string; to: string }[] };
type Rule = AlertRuleModel & { groups: AlertRuleGroupModel[] };

/**
 * Claim the enabled rules not evaluated in the last `intervalSeconds` (minus a little slack for
 * timer drift): one statement, so two workers never both take a rule in one interval.
 */
async function claimDue(db: Db, now: Date, intervalSeconds: number) {
  const before = new Date(now.getTime() - intervalSeconds * 900);
  return db.$queryRaw<{ id: string }[]>`
    UPDATE "AlertRule" SET "claimedAt" = ${now}
     WHERE id IN (SELECT id FROM "AlertRule" WHERE enabled AND ("claimedAt" IS NULL OR "claimedAt" <= ${before})
                   ORDER BY "claimedAt" NULLS FIRST FOR UPDATE SKIP LOCKED)
     RETURNING id`;
}

/**
 * The changes as the rule's history; a notify-only rule also writes, for each change to FIRING or
 * RESOLVED, its notifications (the outbox), in the same transaction.
 */
async function recordEvents(tx: Tx, c: Context, rule: AlertRuleModel, events: Prisma.AlertRuleEventCreateManyInput[]) {
  if (rule.action !== "NOTIFY") {
    await tx.alertRuleEvent.createMany({ data: events });
    return;
  }
  const saved = await tx.alertRuleEvent.createManyAndReturn({ data: events });
  for (const e of saved)
    if (e.to === "FIRING" || e.to === "RESOLVED")
      await enqueueAlertNotifications(tx, {
        eventId: e.id,
        rule,
        group: e.group,
        service: c.services.get(e.group)?.name ?? null,
        to: e.to,
        value: e.value,
        at: c.now,
      });
}

/** One rule whose groups change state, under its row lock: states, history, incidents or notifications. */
async function evaluateChanging(db: Db, c: Context, head: Rule, windows: Map<string, WindowSummary>, out: AlertRun) {
  await db.$transaction(async (tx: Tx) => {
    await tx.$executeRaw`SELECT 1 FROM "AlertRule" WHERE id = ${head.id} FOR UPDATE`;
    const rule = await tx.alertRule.findUnique({ where: { id: head.id }, include: { groups: true } });
    // Edited or deleted since the window was read: the next run judges the new definition.
    if (!rule || rule.version !== head.version || !rule.enabled) return;
    const { rows, transitions } = judgeRule(rule, windows, c);
    const events: Prisma.AlertRuleEventCreateManyInput[] = [];
    for (const t of transitions) {
      const f = { rule, group: t.group, service: t.service, value: t.value, at: c.now };
      const incidentId =
        rule.action === "NOTIFY"
          ? null
          : t.to === "FIRING"
            ? await fireIncident(tx, c.ctx, f)
            : t.to === "RESOLVED"
              ? await noteResolved(tx, c.ctx, f)
              : null;
      events.push({ ruleId: rule.id, group: t.group, from: t.from, to: t.to, value: t.value, at: c.now, incidentId });
      out.changes.push({ ruleId: rule.id, group: t.group, to: t.to });
    }
    await saveGroups(tx, rows, c.now);
    if (events.length) await recordEvents(tx, c, rule, events);
    await tx.alertRule.update({ where: { id: rule.id }, data: { evaluatedAt: c.now }, select: { id: true } });
    if (events.length) await publishRuleChange(tx, rule);
    out.evaluated++;
  });
}

/**
 * Evaluate the due alert rules (the worker, every `intervalSeconds`): read the windows of all of them
 * in one statement, move each service's state, record the changes, open or note incidents and queue
 * notifications. Rules whose states all stay are stored together in one transaction; each rule with
 * a change in its own.
 */
export async function evaluateAlertRules({
  db,
  ctx,
  intervalSeconds,
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  intervalSeconds: number;
  now?: Date;
}): Promise<AlertRun> {
  const out: AlertRun = { evaluated: 0, changes: [] };
  const claimed = await claimDue(db, now, intervalSeconds);
  if (claimed.length === 0) return out;
  const [rules, services, maintenance] = await Promise.all([
    db.alertRule.findMany({
      where: { id: { in: claimed.map((r) => r.id) }, enabled: true },
      include: { groups: true },
    }),
    db.service.findMany({ select: { id: true, slug: true, name: true } }),
    activeMaintenance(db, now),
  ]);
  const c: Context = {
    ctx,
    now,
    services: new Map(services.map((s) => [s.slug, { id: s.id, name: s.name }])),
    silenced: maintenance.serviceIds,
  };
  const windows = await readWindows(db, rules, now);
  const windowOf = (r: Rule) => windows.get(windowKey(r)) ?? new Map<string, WindowSummary>();
  const quiet = [];
  const changing = new Set<string>();
  for (const rule of rules) {
    const j = judgeRule(rule, windowOf(rule), c);
    if (j.transitions.length) changing.add(rule.id);
    else quiet.push({ id: rule.id, version: rule.version, evaluatedAt: rule.evaluatedAt, rows: j.rows });
  }
  const again = new Set(await saveQuietRules(db, quiet, now));
  out.evaluated += quiet.length - again.size;
  for (const rule of rules)
    if (changing.has(rule.id) || again.has(rule.id)) await evaluateChanging(db, c, rule, windowOf(rule), out);
  return out;
}
