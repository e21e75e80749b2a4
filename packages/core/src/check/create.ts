import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import type { FieldErrors } from "../errors.ts";
import { unsafeInputErrors } from "../input-safety.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { auditCheck, type CheckDto, toCheckDto } from "./dto.ts";
import { collect, newHeartbeatToken, pingPath, throwIfAny, validateSettings } from "./internal.ts";
import { type TCreateCheck, ZCheckKind, ZCreateCheck } from "./schemas.ts";

/** Report the probe config's own errors alongside the other fields', so one round trip shows them all. */
async function validateConfigAnyway(db: Db, input: unknown, errors: FieldErrors): Promise<void> {
  const raw = (input ?? {}) as { kind?: unknown; config?: unknown };
  const kind = ZCheckKind.safeParse(raw.kind);
  if (!kind.success || !raw.config || typeof raw.config !== "object" || Array.isArray(raw.config)) return;
  if (unsafeInputErrors(raw.config)) return;
  const config = raw.config as Record<string, unknown>;
  await validateSettings(db, { kind: kind.data, config, intervalSeconds: Number.MAX_SAFE_INTEGER }, errors);
}

/** `pingPath` is returned only here and on rotation: the token is a secret. */
export type CreateCheckResult = { check: CheckDto; pingPath: string | null };

/** A responder adds a check to a service; the worker picks it up on its next poll. */
export async function createCheck({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TCreateCheck;
}): Promise<CreateCheckResult> {
  assertRole(ctx, "RESPONDER");
  const errors: FieldErrors = {};
  const data = collect(ZCreateCheck, input, errors);
  const settings = data && (await validateSettings(db, { ...data, config: data.config }, errors));
  if (!data) await validateConfigAnyway(db, input, errors);
  if (data && !(await db.service.findUnique({ where: { id: data.serviceId }, select: { id: true } }))) {
    (errors.serviceId ??= []).push("No such service");
  }
  throwIfAny(errors);
  if (!data || !settings) throw new Error("unreachable: validation passed without data");
  const token = data.kind === "HEARTBEAT" ? newHeartbeatToken() : null;
  return db.$transaction(async (tx) => {
    const check = await tx.check.create({
      data: {
        serviceId: data.serviceId,
        name: data.name,
        kind: data.kind,
        config: settings.config,
        intervalSeconds: data.intervalSeconds,
        timeoutMs: settings.timeoutMs,
        downAfter: data.downAfter,
        heartbeatToken: token,
      },
    });
    await recordAudit(tx, ctx, {
      action: "check.create",
      targetType: "check",
      targetId: check.id,
      after: auditCheck(check),
    });
    await publishLive(tx, "checks.changed");
    return { check: toCheckDto(check), pingPath: token && pingPath(token) };
  });
}
