import type { ActionKind, Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ActionRunDto, RUN_SELECT, toRunDto } from "./dto.ts";
import type { Tx } from "./internal.ts";
import { APPROVAL_TTL_MS, DESTRUCTIVE, LIVE_STATUSES, ROLE_FOR } from "./kinds.ts";
import { planAction } from "./plan.ts";
import { type TRequestAction, ZRequestAction } from "./schemas.ts";
import { type ActionDeps, loadTarget } from "./targets.ts";

const lock = (tx: Tx, key: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;

/** The incident a run is linked to: the one named, or the target's service's most recent open incident. */
async function incidentFor(tx: Tx, serviceId: string | null, number?: number): Promise<string | null> {
  if (number !== undefined) {
    const i = await tx.incident.findUnique({ where: { number }, select: { id: true } });
    if (!i) throw new NotFoundError(`Incident #${number} not found`);
    return i.id;
  }
  if (!serviceId) return null;
  const open = await tx.incident.findFirst({
    where: { status: { not: "RESOLVED" }, services: { some: { serviceId } } },
    orderBy: { detectedAt: "desc" },
    select: { id: true },
  });
  return open?.id ?? null;
}

/**
 * Ask for an action on a target. One transaction writes the run (queued, or awaiting a second
 * person's approval under the target's two-person rule) and its audit row, after refusing a second
 * live run on the target. The same idempotency key from the same person returns the same run.
 */
export async function requestAction({
  db,
  ctx,
  input,
  deps,
  now = new Date(),
  onlyIf,
}: ServiceCall<TRequestAction> & {
  deps: ActionDeps;
  /** Checked under the target's lock: false refuses the request (a schedule already fired elsewhere). */
  onlyIf?: (tx: Tx) => Promise<boolean>;
}): Promise<ActionRunDto & { created: boolean }> {
  assertRole(ctx, "RESPONDER");
  const req = parseInput(ZRequestAction, input);
  assertRole(ctx, ROLE_FOR[req.kind as ActionKind]);
  const requestedById = ctx.actor?.id ?? null;
  const byKey = async (tx: Tx | typeof db) =>
    req.idempotencyKey && requestedById
      ? tx.actionRun.findUnique({
          where: { requestedById_idempotencyKey: { requestedById, idempotencyKey: req.idempotencyKey } },
          select: RUN_SELECT,
        })
      : null;
  const earlier = await byKey(db);
  if (earlier) return { ...toRunDto(earlier), created: false };

  const target = await loadTarget(db, req.targetId);
  // Outside the transaction: a rollback's plan asks the provider which deployment is live.
  const plan = await planAction(db, deps, req.kind, target, req.params, now);
  const needsApproval = target.requireApproval && DESTRUCTIVE.includes(req.kind);

  return db.$transaction(async (tx) => {
    if (req.idempotencyKey && requestedById) await lock(tx, `action-key:${requestedById}:${req.idempotencyKey}`);
    await lock(tx, `action-target:${target.id}`);
    const again = await byKey(tx);
    if (again) {
      if (again.kind !== req.kind || again.target.id !== target.id)
        throw new ConflictError(`That idempotency key was already used for run #${again.number}`);
      return { ...toRunDto(again), created: false };
    }
    if (onlyIf && !(await onlyIf(tx))) throw new ConflictError("Already requested");
    const live = await tx.actionRun.findFirst({
      where: { targetId: target.id, status: { in: [...LIVE_STATUSES] } },
      select: { number: true, kind: true, status: true, requestedBy: { select: { name: true, email: true } } },
    });
    if (live)
      throw new ConflictError(
        `Run #${live.number} (${live.kind.toLowerCase()}, ${live.status.toLowerCase().replace("_", " ")}, requested by ${
          live.requestedBy?.name ?? live.requestedBy?.email ?? "the system"
        }) is still live on ${target.name}: wait for it or cancel it first`,
      );
    const row = await tx.actionRun.create({
      data: {
        kind: req.kind,
        status: needsApproval ? "AWAITING_APPROVAL" : "QUEUED",
        targetId: target.id,
        params: plan.params as Prisma.InputJsonValue,
        summary: plan.summary,
        requestedById,
        idempotencyKey: req.idempotencyKey ?? null,
        expiresAt: needsApproval ? new Date(now.getTime() + APPROVAL_TTL_MS) : null,
        incidentId: await incidentFor(tx, target.serviceId, req.incidentNumber),
        createdAt: now,
      },
      select: RUN_SELECT,
    });
    await recordAudit(tx, ctx, {
      action: "action.request",
      targetType: "action_run",
      targetId: row.id,
      after: {
        number: row.number,
        kind: row.kind,
        status: row.status,
        target: target.name,
        summary: row.summary,
        params: plan.params,
      },
    });
    await publishLive(tx, "action.changed", {
      id: row.id,
      number: row.number,
      targetId: target.id,
      status: row.status,
    });
    return { ...toRunDto(row), created: true };
  });
}
