import type { Db, Prisma } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import { POLICY_INCLUDE } from "./dto.ts";

export type Tx = Prisma.TransactionClient;

export async function getPolicyOrThrow(db: Db | Tx, id: string) {
  const policy = await db.escalationPolicy.findUnique({ where: { id }, include: POLICY_INCLUDE });
  if (!policy) throw new NotFoundError("Escalation policy not found");
  return policy;
}

/** Lock a policy's row for the rest of the transaction; a missing one is a NotFoundError. */
export async function lockPolicy(tx: Tx, id: string): Promise<void> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "EscalationPolicy" WHERE id = ${id} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("Escalation policy not found");
}
