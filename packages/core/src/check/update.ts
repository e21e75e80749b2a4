import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { type FieldErrors, NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { auditCheck, type CheckDto, toCheckDto } from "./dto.ts";
import { collect, newHeartbeatToken, throwIfAny, type Tx, validateSettings } from "./internal.ts";
import { type TUpdateCheck, ZUpdateCheck } from "./schemas.ts";

const RESTARTED_STATE = {
  state: "UNKNOWN",
  health: "UNKNOWN",
  consecutiveFailures: 0,
  lastCheckedAt: null,
  lastLatencyMs: null,
  lastMessage: null,
  lastPingAt: null,
} as const;

async function clearHistory(tx: Tx, id: string, seq: number): Promise<void> {
  await tx.$executeRaw`DELETE FROM "CheckResult" WHERE "checkSeq" = ${seq}`;
  await tx.checkRollup.deleteMany({ where: { checkSeq: seq } });
  await tx.checkTileHistory.deleteMany({ where: { checkSeq: seq } });
  await tx.checkEvent.deleteMany({ where: { checkId: id } });
}

/**
 * Change a check's settings. The config is revalidated against the (possibly new) kind; redacted
 * header values and URL passwords sent back unchanged keep their stored value. A new kind measures
 * something else, so its history restarts: results, rollups and state changes go, and the state is
 * UNKNOWN until the next run.
 */
export async function updateCheck({ db, ctx, input }: { db: Db; ctx: AnyCtx; input: TUpdateCheck }): Promise<CheckDto> {
  assertRole(ctx, "RESPONDER");
  const errors: FieldErrors = {};
  const data = collect(ZUpdateCheck, input, errors);
  throwIfAny(errors);
  if (!data) throw new Error("unreachable: validation passed without data");
  const before = await db.check.findUnique({ where: { id: data.id } });
  if (!before) throw new NotFoundError("Check not found");
  const kind = data.kind ?? before.kind;
  const kindChanged = kind !== before.kind;
  const previous = kindChanged ? {} : before.config;
  const settings = await validateSettings(
    db,
    {
      kind,
      config: data.config ?? (previous as Record<string, unknown>),
      previous,
      timeoutMs: data.timeoutMs ?? (data.config ? undefined : before.timeoutMs),
      intervalSeconds: data.intervalSeconds ?? before.intervalSeconds,
    },
    errors,
  );
  throwIfAny(errors);
  if (!settings) throw new Error("unreachable: validation passed without settings");
  const token = kind !== "HEARTBEAT" ? null : (before.heartbeatToken ?? newHeartbeatToken());
  return db.$transaction(async (tx) => {
    const { count } = await tx.check.updateMany({
      where: { id: data.id },
      data: {
        name: data.name,
        kind,
        config: settings.config,
        intervalSeconds: data.intervalSeconds,
        timeoutMs: settings.timeoutMs,
        downAfter: data.downAfter,
        heartbeatToken: token,
        ...(kindChanged && RESTARTED_STATE),
        ...(kindChanged && { stateSince: new Date() }),
      },
    });
    if (count === 0) throw new NotFoundError("Check not found");
    if (kindChanged) await clearHistory(tx, before.id, before.seq);
    const after = await tx.check.findUniqueOrThrow({ where: { id: data.id } });
    await recordAudit(tx, ctx, {
      action: "check.update",
      targetType: "check",
      targetId: after.id,
      before: auditCheck(before),
      after: auditCheck(after),
    });
    await publishLive(tx, "checks.changed");
    return toCheckDto(after);
  });
}
