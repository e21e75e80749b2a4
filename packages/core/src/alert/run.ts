import type { AlertRuleGroupModel, AlertRuleModel, Db, Prisma } from "@opsdeck/db";
import { activeMaintenance } from "../check/maintenance.ts";
import { enqueueAlertNotifications } from "../notification/enqueue-alert.ts";
import type { AnyCtx } from "../roles.ts";
import { type GroupState, isWeekend, nextState, windowValue } from "./evaluate.ts";
import { fireIncident, type GroupService, noteResolved } from "./incident.ts";
import { publishRuleChange, type Tx } from "./internal.ts";
import { readWindow } from "./window.ts";

export type AlertRun = { evaluated: number; changes: { ruleId: string; group: string; to: string }[] };

/**
 * Claim the enabled rules not evaluated in the last `intervalSeconds` (minus a little slack for
 * timer drift): one statement, so two workers never both take a rule in one interval.
 */
async function claimDue(db: Db, now: Date, intervalSeconds: number) {
  const before = new Date(now.getTime() - intervalSeconds * 900);
  return db.$queryRaw<{ id: string; version: number }[]>`
    UPDATE "AlertRule" SET "claimedAt" = ${now}
     WHERE id IN (SELECT id FROM "AlertRule" WHERE enabled AND ("claimedAt" IS NULL OR "claimedAt" <= ${before})
                   ORDER BY "claimedAt" NULLS FIRST FOR UPDATE SKIP LOCKED)
     RETURNING id, version`;
}

type GroupRow = GroupState & { group: string; value: number | null; noData: boolean; silenced: boolean };

/** Every group's state in one statement: a rule over many services costs one round trip. */
async function saveGroups(tx: Tx, ruleId: string, rows: GroupRow[], now: Date) {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "AlertRuleGroup" ("ruleId", "group", state, since, "pendingSince", value, "noData", silenced, "evaluatedAt")
    SELECT ${ruleId}, g, s::"AlertState", si, ps, v, nd, sl, ${now}
      FROM unnest(${rows.map((r) => r.group)}::text[], ${rows.map((r) => r.state)}::text[],
        ${rows.map((r) => r.since)}::timestamptz[], ${rows.map((r) => r.pendingSince)}::timestamptz[],
        ${rows.map((r) => r.value)}::float8[], ${rows.map((r) => r.noData)}::boolean[],
        ${rows.map((r) => r.silenced)}::boolean[]) AS t(g, s, si, ps, v, nd, sl)
    ON CONFLICT ("ruleId", "group") DO UPDATE SET state = EXCLUDED.state, since = EXCLUDED.since,
      "pendingSince" = EXCLUDED."pendingSince", value = EXCLUDED.value, "noData" = EXCLUDED."noData",
      silenced = EXCLUDED.silenced, "evaluatedAt" = EXCLUDED."evaluatedAt"`;
}

const stateOf = (g: AlertRuleGroupModel | undefined, now: Date): GroupState =>
  g
    ? { state: g.state, since: g.since, pendingSince: g.pendingSince }
    : { state: "OK", since: now, pendingSince: null };

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

type Context = { ctx: AnyCtx; now: Date; services: Map<string, GroupService>; silenced: Set<string> };

/** One rule, under its row lock: each group's next state, its history and its incident. */
async function evaluateRule(db: Db, c: Context, claimed: { id: string; version: number }, out: AlertRun) {
  const head = await db.alertRule.findUnique({ where: { id: claimed.id } });
  if (!head) return;
  const windows = await readWindow(db, head, c.now);
  await db.$transaction(async (tx: Tx) => {
    await tx.$executeRaw`SELECT 1 FROM "AlertRule" WHERE id = ${claimed.id} FOR UPDATE`;
    const rule = await tx.alertRule.findUnique({ where: { id: claimed.id }, include: { groups: true } });
    // Edited or deleted since the window was read: the next run judges the new definition.
    if (!rule || rule.version !== head.version || !rule.enabled) return;
    const existing = new Map(rule.groups.map((g) => [g.group, g]));
    const rows: GroupRow[] = [];
    const events: Prisma.AlertRuleEventCreateManyInput[] = [];
    for (const group of new Set([...windows.keys(), ...existing.keys()])) {
      const service = c.services.get(group) ?? null;
      const value = windowValue(windows.get(group) ?? null, rule.aggregation);
      const seen = {
        value,
        silenced: service !== null && c.silenced.has(service.id),
        offHours: rule.weekdaysOnly && isWeekend(c.now),
      };
      const prev = stateOf(existing.get(group), c.now);
      const next = nextState(prev, seen, rule, c.now);
      rows.push({ group, ...next, value, noData: value === null, silenced: seen.silenced });
      if (next.state === prev.state) continue;
      const f = { rule, group, service, value, at: c.now };
      const incidentId =
        rule.action === "NOTIFY"
          ? null
          : next.state === "FIRING"
            ? await fireIncident(tx, c.ctx, f)
            : next.state === "RESOLVED"
              ? await noteResolved(tx, c.ctx, f)
              : null;
      events.push({ ruleId: rule.id, group, from: prev.state, to: next.state, value, at: c.now, incidentId });
      out.changes.push({ ruleId: rule.id, group, to: next.state });
    }
    await saveGroups(tx, rule.id, rows, c.now);
    if (events.length) await recordEvents(tx, c, rule, events);
    await tx.alertRule.update({ where: { id: rule.id }, data: { evaluatedAt: c.now }, select: { id: true } });
    if (events.length) await publishRuleChange(tx, rule);
    out.evaluated++;
  });
}

/**
 * Evaluate the due alert rules (the worker, every `intervalSeconds`): read each rule's window, move
 * each service's state, record the changes, open or note incidents and queue notifications.
 * Returns what changed.
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
  const [services, maintenance] = await Promise.all([
    db.service.findMany({ select: { id: true, slug: true, name: true } }),
    activeMaintenance(db, now),
  ]);
  const c: Context = {
    ctx,
    now,
    services: new Map(services.map((s) => [s.slug, { id: s.id, name: s.name }])),
    silenced: maintenance.serviceIds,
  };
  for (const rule of claimed) await evaluateRule(db, c, rule, out);
  return out;
}
