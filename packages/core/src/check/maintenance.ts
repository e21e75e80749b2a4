import type { Db, MaintenanceWindowModel as MaintenanceWindow } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { ConflictError, type FieldErrors, NotFoundError } from "../errors.ts";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { collect, throwIfAny, type Tx } from "./internal.ts";
import { type TCreateMaintenance, type TMaintenanceRef, ZCreateMaintenance, ZMaintenanceRef } from "./schemas.ts";

export type MaintenanceWindowDto = {
  id: string;
  checkId: string | null;
  serviceId: string | null;
  startsAt: string;
  endsAt: string;
  reason: string;
};

const toDto = (w: MaintenanceWindow): MaintenanceWindowDto => ({
  id: w.id,
  checkId: w.checkId,
  serviceId: w.serviceId,
  startsAt: w.startsAt.toISOString(),
  endsAt: w.endsAt.toISOString(),
  reason: w.reason,
});

/** Silence one check or a whole service for a while: its state shows MAINTENANCE and raises no alerts. */
export async function createMaintenanceWindow({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TCreateMaintenance>): Promise<MaintenanceWindowDto> {
  assertRole(ctx, "RESPONDER");
  const errors: FieldErrors = {};
  const data = collect(ZCreateMaintenance, input, errors);
  if (data) {
    const startsAt = data.startsAt ?? now;
    if (data.endsAt <= now) (errors.endsAt ??= []).push("Choose an end in the future");
    else if (data.endsAt <= startsAt) (errors.endsAt ??= []).push("End after the start");
    const target = data.checkId
      ? await db.check.findUnique({ where: { id: data.checkId }, select: { id: true } })
      : await db.service.findUnique({ where: { id: data.serviceId ?? "" }, select: { id: true } });
    if (!target)
      (errors[data.checkId ? "checkId" : "serviceId"] ??= []).push(data.checkId ? "No such check" : "No such service");
  }
  throwIfAny(errors);
  if (!data) throw new Error("unreachable: validation passed without data");
  return db.$transaction(async (tx) => {
    const w = await tx.maintenanceWindow.create({
      data: {
        checkId: data.checkId ?? null,
        serviceId: data.serviceId ?? null,
        startsAt: data.startsAt ?? now,
        endsAt: data.endsAt,
        reason: data.reason,
        createdById: ctx.actor?.id ?? null,
      },
    });
    const dto = toDto(w);
    await recordAudit(tx, ctx, { action: "maintenance.create", targetType: "maintenance", targetId: w.id, after: dto });
    await publishLive(tx, "checks.changed");
    return dto;
  });
}

/** End a window now (or cancel one not yet started). */
export async function endMaintenanceWindow({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TMaintenanceRef>): Promise<MaintenanceWindowDto> {
  assertRole(ctx, "RESPONDER");
  const { id } = parseInput(ZMaintenanceRef, input);
  return db.$transaction(async (tx) => {
    const before = await lockWindow(tx, id);
    if (before.endsAt <= now) throw new ConflictError("This maintenance window has already ended");
    const w = await tx.maintenanceWindow.update({
      where: { id },
      data: { endsAt: now, startsAt: before.startsAt > now ? now : before.startsAt },
    });
    const dto = toDto(w);
    await recordAudit(tx, ctx, {
      action: "maintenance.end",
      targetType: "maintenance",
      targetId: id,
      before: toDto(before),
      after: dto,
    });
    await publishLive(tx, "checks.changed");
    return dto;
  });
}

async function lockWindow(tx: Tx, id: string): Promise<MaintenanceWindow> {
  await tx.$executeRaw`SELECT 1 FROM "MaintenanceWindow" WHERE "id" = ${id} FOR UPDATE`;
  const w = await tx.maintenanceWindow.findUnique({ where: { id } });
  if (!w) throw new NotFoundError("Maintenance window not found");
  return w;
}

export type ActiveMaintenance = { checkIds: Set<string>; serviceIds: Set<string> };

/** The checks and services under a window at `now`, for reads that show MAINTENANCE. */
export async function activeMaintenance(db: Db | Tx, now: Date): Promise<ActiveMaintenance> {
  const rows = await db.maintenanceWindow.findMany({
    where: { startsAt: { lte: now }, endsAt: { gt: now } },
    select: { checkId: true, serviceId: true },
  });
  return {
    checkIds: new Set(rows.flatMap((r) => (r.checkId ? [r.checkId] : []))),
    serviceIds: new Set(rows.flatMap((r) => (r.serviceId ? [r.serviceId] : []))),
  };
}

export const inMaintenance = (a: ActiveMaintenance, c: { id: string; serviceId: string }): boolean =>
  a.checkIds.has(c.id) || a.serviceIds.has(c.serviceId);

/**
 * The state a read shows: MAINTENANCE while a window covers the check, and once it ends the probe's own
 * state at once, rather than the MAINTENANCE the worker wrote until its next run.
 */
export function shownState<S extends string>(
  a: ActiveMaintenance,
  c: { id: string; serviceId: string; paused: boolean; state: S; health: S },
): S | "MAINTENANCE" {
  if (!c.paused && inMaintenance(a, c)) return "MAINTENANCE";
  return c.state === "MAINTENANCE" ? c.health : c.state;
}
