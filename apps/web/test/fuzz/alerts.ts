import { ALERT_PRESETS } from "@opsdeck/core/alert/presets";
import { createAlertRule } from "@opsdeck/core/alert/create";
import { ctxOf, type TestUser } from "@opsdeck/core/testing";
import type { TestDb } from "@opsdeck/db/testing";

/**
 * Keep two alert rules for generated reads, edits and deletes to find (deletes among them remove some).
 * A rule of the preset, or of its name (an edit may have changed the one made here), counts as kept.
 */
export async function replenishAlertRules(db: TestDb["db"], admin: TestUser): Promise<void> {
  for (const { key, summary: _summary, ...preset } of ALERT_PRESETS.slice(0, 2)) {
    const name = `Fuzz ${key}`;
    if (!(await db.alertRule.findFirst({ where: { OR: [{ preset: key }, { name }] }, select: { id: true } })))
      await createAlertRule({ db, ctx: ctxOf(admin), input: { ...preset, preset: key, name } });
  }
}

export const ALERT_ID_SQL = { "alert-rule": `SELECT id AS v FROM "AlertRule" ORDER BY name, id` };
