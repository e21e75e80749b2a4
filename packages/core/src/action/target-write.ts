import type { Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { encrypt } from "../secrets/crypto.ts";
import { parseConfigInput, parseInput } from "../validate.ts";
import { LIVE_STATUSES } from "./kinds.ts";
import { CREDENTIAL, TARGET_CONFIG, targetSecretName } from "./target-config.ts";
import { getTarget } from "./target-read.ts";
import { databaseNameOf } from "./targets.ts";
import type { TargetDto } from "./target-dto.ts";
import { type TTargetInput, type TTargetUpdate, ZTargetInput, ZTargetRef, ZTargetUpdate } from "./target-schemas.ts";

type Tx = Prisma.TransactionClient;

function parseConfig(kind: keyof typeof TARGET_CONFIG, config: unknown): Prisma.InputJsonValue {
  return parseConfigInput(TARGET_CONFIG[kind], config) as Prisma.InputJsonValue;
}

/** A Postgres target's settings name its database (from the connection URL, or as before when the URL is kept). */
function withDatabaseName(
  kind: string,
  config: Prisma.InputJsonValue,
  credential: string | undefined,
  before: unknown,
): Prisma.InputJsonValue {
  if (kind !== "POSTGRES") return config;
  const kept = (before as { database?: unknown } | null)?.database;
  let database = typeof kept === "string" ? kept : undefined;
  if (credential) {
    try {
      database = databaseNameOf(credential);
    } catch {
      throw new ValidationError({ credential: ["Enter a postgresql:// connection URL"] });
    }
  }
  return { ...(config as Record<string, Prisma.InputJsonValue>), ...(database ? { database } : {}) };
}

async function putCredential(tx: Tx, key: Buffer, targetId: string, value: string): Promise<void> {
  const name = targetSecretName(targetId);
  const ciphertext = encrypt(value, key, name);
  await tx.secret.upsert({ where: { name }, create: { name, ciphertext }, update: { ciphertext } });
}

/** A target may name a service: one that exists (the foreign key would otherwise fail the write). */
async function assertServiceExists(tx: Tx, serviceId: string | null | undefined): Promise<void> {
  if (serviceId && !(await tx.service.findUnique({ where: { id: serviceId }, select: { id: true } })))
    throw new ValidationError({ serviceId: ["No such service"] });
}

async function assertNameFree(tx: Tx, name: string, id?: string): Promise<void> {
  const other = await tx.target.findUnique({ where: { name }, select: { id: true } });
  if (other && other.id !== id) throw new ValidationError({ name: ["Another target has this name"] });
}

/** Add a target (ADMIN). Its credential is encrypted into a Secret of its own; the audit row never holds it. */
export async function createTarget({
  db,
  ctx,
  input,
  key,
}: ServiceCall<TTargetInput> & { key: Buffer }): Promise<TargetDto> {
  assertRole(ctx, "ADMIN");
  const t = parseInput(ZTargetInput, input);
  const config = withDatabaseName(t.kind, parseConfig(t.kind, t.config), t.credential, null);
  if (CREDENTIAL[t.kind] && !t.credential)
    throw new ValidationError({ credential: [`Enter the ${CREDENTIAL[t.kind]}`] });
  const id = await db.$transaction(async (tx) => {
    await assertNameFree(tx, t.name);
    await assertServiceExists(tx, t.serviceId);
    const row = await tx.target.create({
      data: { name: t.name, kind: t.kind, serviceId: t.serviceId ?? null, config, requireApproval: t.requireApproval },
      select: { id: true },
    });
    if (t.credential) await putCredential(tx, key, row.id, t.credential);
    await recordAudit(tx, ctx, {
      action: "target.create",
      targetType: "target",
      targetId: row.id,
      after: {
        name: t.name,
        kind: t.kind,
        serviceId: t.serviceId ?? null,
        config,
        requireApproval: t.requireApproval,
        credential: t.credential ? "set" : "none",
      },
    });
    return row.id;
  });
  return getTarget({ db, ctx, input: { id } });
}

/** Change a target's name, service, settings, two-person rule or credential (ADMIN). */
export async function updateTarget({
  db,
  ctx,
  input,
  key,
}: ServiceCall<TTargetUpdate> & { key: Buffer }): Promise<TargetDto> {
  assertRole(ctx, "ADMIN");
  const u = parseInput(ZTargetUpdate, input);
  await db.$transaction(async (tx) => {
    const before = await tx.target.findUnique({ where: { id: u.id } });
    if (!before) throw new NotFoundError("No such target");
    if (u.name) await assertNameFree(tx, u.name, u.id);
    await assertServiceExists(tx, u.serviceId);
    const config =
      u.config === undefined && !u.credential
        ? undefined
        : withDatabaseName(
            before.kind,
            u.config === undefined ? (before.config as Prisma.InputJsonValue) : parseConfig(before.kind, u.config),
            u.credential,
            before.config,
          );
    const after = await tx.target.update({
      where: { id: u.id },
      data: { name: u.name, serviceId: u.serviceId, config, requireApproval: u.requireApproval },
    });
    if (u.credential) await putCredential(tx, key, u.id, u.credential);
    await recordAudit(tx, ctx, {
      action: "target.update",
      targetType: "target",
      targetId: u.id,
      before: {
        name: before.name,
        serviceId: before.serviceId,
        config: before.config,
        requireApproval: before.requireApproval,
      },
      after: {
        name: after.name,
        serviceId: after.serviceId,
        config: after.config,
        requireApproval: after.requireApproval,
        ...(u.credential ? { credential: "replaced" } : {}),
      },
    });
  });
  return getTarget({ db, ctx, input: { id: u.id } });
}

/** Remove a target, its credential and its run history (ADMIN); refused while a run is live on it. */
export async function deleteTarget({ db, ctx, input }: ServiceCall<{ id: string }>): Promise<void> {
  assertRole(ctx, "ADMIN");
  const { id } = parseInput(ZTargetRef, input);
  await db.$transaction(async (tx) => {
    const t = await tx.target.findUnique({ where: { id } });
    if (!t) throw new NotFoundError("No such target");
    const live = await tx.actionRun.findFirst({
      where: { targetId: id, status: { in: [...LIVE_STATUSES] } },
      select: { number: true },
    });
    if (live) throw new ConflictError(`Run #${live.number} is still live on ${t.name}`);
    await tx.target.delete({ where: { id } });
    await tx.secret.deleteMany({ where: { name: targetSecretName(id) } });
    await recordAudit(tx, ctx, {
      action: "target.delete",
      targetType: "target",
      targetId: id,
      before: { name: t.name, kind: t.kind, config: t.config },
    });
  });
}
