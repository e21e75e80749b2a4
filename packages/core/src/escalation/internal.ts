import type { Db, Prisma } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import { POLICY_INCLUDE } from "./dto.ts";

export type Tx = Prisma.TransactionClient;

export async function getPolicyOrThrow(db: Db | Tx, id: string) {
  const policy = await db.escalationPolicy.findUnique({ where: { id }, include: POLICY_INCLUDE });
  if (!policy) throw new NotFoundError("Escalation policy not found");
  return policy;
}
