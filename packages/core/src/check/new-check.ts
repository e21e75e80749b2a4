import type { Db, Prisma } from "@opsdeck/db";
import type { FieldErrors } from "../errors.ts";
import { unsafeInputErrors } from "../input-safety.ts";
import { collect, newHeartbeatToken, type Settings, validateSettings } from "./internal.ts";
import { ZCheckKind, ZCreateCheck } from "./schemas.ts";

/** Report the probe config's own errors alongside the other fields', so one round trip shows them all. */
async function validateConfigAnyway(db: Db, input: unknown, errors: FieldErrors): Promise<void> {
  const raw = (input ?? {}) as { kind?: unknown; config?: unknown };
  const kind = ZCheckKind.safeParse(raw.kind);
  if (!kind.success || !raw.config || typeof raw.config !== "object" || Array.isArray(raw.config)) return;
  if (unsafeInputErrors(raw.config)) return;
  const config = raw.config as Record<string, unknown>;
  await validateSettings(db, { kind: kind.data, config, intervalSeconds: Number.MAX_SAFE_INTEGER }, errors);
}

/** A new check's row, validated; heartbeat checks get their secret token here. */
export type NewCheck = Prisma.CheckUncheckedCreateInput & { heartbeatToken: string | null };

/**
 * Validate one new check (fields, probe config, named secrets, timeout within the interval) into
 * `errors`: the row to insert when it is all valid, and the service named once the fields parse (whether
 * it exists is the caller's to ask).
 */
export async function validateNewCheck(
  db: Db,
  input: unknown,
  errors: FieldErrors,
): Promise<{ row: NewCheck | null; serviceId: string | null }> {
  const data = collect(ZCreateCheck, input, errors);
  const settings: Settings | null = data && (await validateSettings(db, { ...data, config: data.config }, errors));
  if (!data) await validateConfigAnyway(db, input, errors);
  if (!data || !settings) return { row: null, serviceId: data?.serviceId ?? null };
  const row = {
    serviceId: data.serviceId,
    name: data.name,
    kind: data.kind,
    config: settings.config,
    intervalSeconds: data.intervalSeconds,
    timeoutMs: settings.timeoutMs,
    downAfter: data.downAfter,
    heartbeatToken: data.kind === "HEARTBEAT" ? newHeartbeatToken() : null,
  };
  return { row, serviceId: data.serviceId };
}
