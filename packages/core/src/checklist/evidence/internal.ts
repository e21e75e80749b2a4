import type { Db, Prisma } from "@opsdeck/db";
import type { Evidence, EvidenceLink, EvidenceRule, EvidenceStatus } from "./rules.ts";
import { NAMED_IN_SUMMARY } from "./thresholds.ts";

/** Rules only read, so they run on the client or inside a caller's transaction alike. */
export type Reader = Db | Prisma.TransactionClient;

export type RuleFn = (db: Reader, now: Date) => Promise<Evidence>;

export const evidence = (
  rule: EvidenceRule,
  now: Date,
  status: EvidenceStatus,
  summary: string,
  links: EvidenceLink[],
): Evidence => ({ rule, status, summary, links, evaluatedAt: now.toISOString() });

/** "a; b; c" or "a; b; c; d; e and 3 more" (items may hold commas). */
export function nameSome(items: readonly string[], max = NAMED_IN_SUMMARY): string {
  const named = items.slice(0, max).join("; ");
  return items.length > max ? `${named} and ${items.length - max} more` : named;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
