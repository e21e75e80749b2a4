import { ALERT_PRESETS } from "../alert/presets.ts";
import { labelsOf } from "../alert/internal.ts";
import type { SeedDemoCounts, Tx } from "./seed.ts";

/** The runbooks' alert thresholds as rules, one per preset (skipped when one of its name exists). */
export async function seedAlertRules(tx: Tx, counts: SeedDemoCounts): Promise<void> {
  for (const { key, summary: _summary, labels, ...rule } of ALERT_PRESETS) {
    if (await tx.alertRule.findUnique({ where: { name: rule.name }, select: { id: true } })) continue;
    await tx.alertRule.create({ data: { ...rule, preset: key, labels: labelsOf(labels) } });
    counts.alertRules++;
  }
}
