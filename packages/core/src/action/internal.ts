import type { ActionStatus, Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { NotFoundError } from "../errors.ts";
import type { LiveKind } from "../live/kinds.ts";
import { publishLive } from "../live/publish.ts";
import type { AnyCtx } from "../roles.ts";

export type Tx = Prisma.TransactionClient;

/** The run, locked until the transaction ends, so two decisions on one run happen one after the other. */
export async function lockRun(tx: Tx, id: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ActionRun" WHERE id = ${id} FOR UPDATE`;
  if (!row) throw new NotFoundError("No such action run");
  return tx.actionRun.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      number: true,
      kind: true,
      status: true,
      summary: true,
      requestedById: true,
      targetId: true,
      expiresAt: true,
      incidentId: true,
      target: { select: { id: true, name: true } },
    },
  });
}

/** The audit row, then the live event: the last statements of every change to a run. */
export async function recordRunChange(
  tx: Tx,
  ctx: AnyCtx,
  run: { id: string; number: number; targetId: string },
  o: { action: string; before?: unknown; after: { status: ActionStatus } & Record<string, unknown>; live?: LiveKind },
): Promise<void> {
  await recordAudit(tx, ctx, {
    action: o.action,
    targetType: "action_run",
    targetId: run.id,
    before: o.before,
    after: o.after,
  });
  await publishLive(tx, o.live ?? "action.changed", {
    id: run.id,
    number: run.number,
    targetId: run.targetId,
    status: o.after.status,
  });
}
