import type { Prisma, Role } from "@opsdeck/db";
import type { LiveKind } from "./kinds.ts";

/**
 * Record a change for live pages, inside the transaction that made it (so it is heard only if it
 * commits). Call it last in the transaction: the insert takes a lock held until commit, which keeps
 * event ids in commit order.
 */
export async function publishLive(
  tx: Prisma.TransactionClient,
  kind: LiveKind,
  payload: Record<string, unknown> = {},
  minRole: Role = "VIEWER",
): Promise<void> {
  await tx.$executeRaw`INSERT INTO "LiveEvent" (kind, "minRole", payload) VALUES (${kind}, ${minRole}::"Role", ${JSON.stringify(payload)}::jsonb)`;
}

/** The same insert for a plain `pg` client (the worker's result writer): $1 kind, $2 payload JSON. */
export const LIVE_INSERT_SQL = `INSERT INTO "LiveEvent" (kind, payload) VALUES ($1, $2::jsonb)`;
