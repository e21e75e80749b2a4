import { backupsFresh } from "./backups-fresh.ts";
import { checksAllUp } from "./checks-all-up.ts";
import { incidentsNoneOpenMajor } from "./incidents-open-major.ts";
import { evidence, type Reader, type RuleFn } from "./internal.ts";
import { postmortemsNoneOverdue } from "./postmortems-none-overdue.ts";
import type { Evidence, EvidenceRule } from "./rules.ts";
import { tlsNotExpiring } from "./tls-not-expiring.ts";

const RULES: Record<EvidenceRule, RuleFn> = {
  "backups.fresh": backupsFresh,
  "incidents.none_open_major": incidentsNoneOpenMajor,
  "checks.all_up": checksAllUp,
  "tls.not_expiring": tlsNotExpiring,
  "postmortems.none_overdue": postmortemsNoneOverdue,
};

/** Prisma's messages open with the call site and code frame; the reason is on the last line. */
function reasonOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const last = text.split("\n").findLast((line) => line.trim() !== "") ?? "unknown error";
  return last.trim().slice(0, 300);
}

/** Judge one rule against the ops database; a failing read gives "unknown" with its reason, never a throw. */
export async function evaluateEvidence(db: Reader, rule: EvidenceRule, now: Date): Promise<Evidence> {
  try {
    return await RULES[rule](db, now);
  } catch (err) {
    return evidence(rule, now, "unknown", `Could not evaluate: ${reasonOf(err)}`, []);
  }
}

/**
 * Each distinct rule once, in parallel, keyed by rule. A rule whose query throws gives "unknown" with the
 * error's message. Inside a transaction a failed query aborts it (Postgres), so evaluate before writing.
 */
export async function evaluateRules(
  db: Reader,
  rules: readonly EvidenceRule[],
  now: Date,
): Promise<Map<EvidenceRule, Evidence>> {
  const distinct = [...new Set(rules)];
  const results = await Promise.all(distinct.map((rule) => evaluateEvidence(db, rule, now)));
  return new Map(distinct.map((rule, i) => [rule, results[i] as Evidence]));
}
