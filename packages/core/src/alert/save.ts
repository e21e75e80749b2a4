import type { Db } from "@opsdeck/db";
import type { Tx } from "./internal.ts";
import type { GroupRow } from "./judge.ts";

/** The group states of any number of rules in one statement. */
export async function saveGroups(tx: Tx, rows: readonly GroupRow[], now: Date) {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "AlertRuleGroup" ("ruleId", "group", state, since, "pendingSince", value, "noData", silenced, "evaluatedAt")
    SELECT r, g, s::"AlertState", si, ps, v, nd, sl, ${now}
      FROM unnest(${rows.map((r) => r.ruleId)}::text[], ${rows.map((r) => r.group)}::text[],
        ${rows.map((r) => r.state)}::text[], ${rows.map((r) => r.since)}::timestamptz[],
        ${rows.map((r) => r.pendingSince)}::timestamptz[], ${rows.map((r) => r.value)}::float8[],
        ${rows.map((r) => r.noData)}::boolean[], ${rows.map((r) => r.silenced)}::boolean[]) AS t(r, g, s, si, ps, v, nd, sl)
    ON CONFLICT ("ruleId", "group") DO UPDATE SET state = EXCLUDED.state, since = EXCLUDED.since,
      "pendingSince" = EXCLUDED."pendingSince", value = EXCLUDED.value, "noData" = EXCLUDED."noData",
      silenced = EXCLUDED.silenced, "evaluatedAt" = EXCLUDED."evaluatedAt"`;
}

/** A rule as it was read before its groups were judged. */
export type ReadAs = { id: string; version: number; evaluatedAt: Date | null; rows: GroupRow[] };

/**
 * Store the judgements of rules whose groups kept their states, in one transaction under the rules'
 * row locks (taken in id order). A rule edited, disabled, deleted or evaluated since it was read is
 * not stored; those are returned, to be judged again one at a time.
 */
export async function saveQuietRules(db: Db, rules: readonly ReadAs[], now: Date): Promise<string[]> {
  if (rules.length === 0) return [];
  return db.$transaction(async (tx: Tx) => {
    const ids = rules.map((r) => r.id);
    const locked = await tx.$queryRaw<{ id: string; version: number; enabled: boolean; evaluatedAt: Date | null }[]>`
      SELECT id, version, enabled, "evaluatedAt" FROM "AlertRule" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
    const current = new Map(locked.map((r) => [r.id, r]));
    const same = (r: ReadAs) => {
      const l = current.get(r.id);
      return !!l && l.enabled && l.version === r.version && l.evaluatedAt?.getTime() === r.evaluatedAt?.getTime();
    };
    const kept = rules.filter(same);
    await saveGroups(
      tx,
      kept.flatMap((r) => r.rows),
      now,
    );
    if (kept.length)
      await tx.$executeRaw`UPDATE "AlertRule" SET "evaluatedAt" = ${now}, "updatedAt" = now() WHERE id = ANY(${kept.map((r) => r.id)}::text[])`;
    return rules.filter((r) => !same(r)).map((r) => r.id);
  });
}
