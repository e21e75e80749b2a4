import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { decrypt, encrypt } from "./crypto.ts";
import { type TSecretDto, ZPutSecret, ZSecretName } from "./schemas.ts";

const toDto = (s: { id: string; name: string; createdAt: Date; updatedAt: Date }): TSecretDto => ({
  id: s.id,
  name: s.name,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

/** Create or replace a secret (ADMIN). The name is the AAD, so a ciphertext cannot be moved to another name. */
export async function putSecret({
  db,
  ctx,
  key,
  name,
  value,
}: {
  db: Db;
  ctx: AnyCtx;
  key: Buffer;
  name: string;
  value: string;
}): Promise<TSecretDto> {
  assertRole(ctx, "ADMIN");
  const data = parseInput(ZPutSecret, { name, value });
  const ciphertext = encrypt(data.value, key, data.name);
  return db.$transaction(async (tx) => {
    const existing = await tx.secret.findUnique({ where: { name: data.name }, select: { id: true } });
    const row = await tx.secret.upsert({
      where: { name: data.name },
      create: { name: data.name, ciphertext },
      update: { ciphertext },
      select: { id: true, name: true, createdAt: true, updatedAt: true },
    });
    await recordAudit(tx, ctx, {
      action: existing ? "secret.update" : "secret.create",
      targetType: "secret",
      targetId: row.id,
      after: { name: row.name },
    });
    return toDto(row);
  });
}

/** The plaintext of a secret, or null when unset. Server side only: never hand it to a client. */
export async function readSecret(db: Db, key: Buffer, name: string): Promise<string | null> {
  const parsed = ZSecretName.safeParse(name);
  if (!parsed.success) return null;
  const row = await db.secret.findUnique({ where: { name: parsed.data }, select: { ciphertext: true } });
  return row ? decrypt(row.ciphertext, key, parsed.data) : null;
}

/** Names and dates only (ADMIN). */
export async function listSecrets({ db, ctx }: { db: Db; ctx: AnyCtx }): Promise<TSecretDto[]> {
  assertRole(ctx, "ADMIN");
  const rows = await db.secret.findMany({
    select: { id: true, name: true, createdAt: true, updatedAt: true },
    orderBy: { name: "asc" },
  });
  return rows.map(toDto);
}
