import type { Db, Prisma } from "@opsdeck/db";
import { NotFoundError, ValidationError } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import { parseLabelFilter } from "../metric/labels.ts";
import { RULE_SELECT } from "./dto.ts";

export type Tx = Prisma.TransactionClient;

export async function getRuleOrThrow(db: Db | Tx, id: string) {
  const rule = await db.alertRule.findUnique({ where: { id }, include: RULE_SELECT });
  if (!rule) throw new NotFoundError("Alert rule not found");
  return rule;
}

/** The rule under its row lock, so that edits, deletes and evaluations of it run one at a time. */
export async function lockRule(tx: Tx, id: string) {
  await tx.$executeRaw`SELECT 1 FROM "AlertRule" WHERE id = ${id} FOR UPDATE`;
  return getRuleOrThrow(tx, id);
}

export async function assertNameFree(tx: Tx, name: string, id?: string): Promise<void> {
  const other = await tx.alertRule.findUnique({ where: { name }, select: { id: true } });
  if (other && other.id !== id) throw new ValidationError({ name: ["Another rule has this name"] });
}

/** The stored label filter (the schema has checked the text). */
export const labelsOf = (text: string): Prisma.InputJsonObject => parseLabelFilter(text) ?? {};

export const publishRuleChange = (tx: Tx, rule: { id: string; version: number }) =>
  publishLive(tx, "alert.changed", { id: rule.id, version: rule.version });
