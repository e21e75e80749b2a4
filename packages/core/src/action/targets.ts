import type { Db, Prisma, TargetKind } from "@opsdeck/db";
import { databaseOf } from "@opsdeck/integrations";
import { NotFoundError, ValidationError } from "../errors.ts";
import { readSecret } from "../secrets/store.ts";
import { TARGET_CONFIG, targetSecretName } from "./target-config.ts";

export const TARGET_ROW_SELECT = {
  id: true,
  name: true,
  kind: true,
  serviceId: true,
  config: true,
  secretName: true,
  requireApproval: true,
} as const satisfies Prisma.TargetSelect;
export type TargetRow = Prisma.TargetGetPayload<{ select: typeof TARGET_ROW_SELECT }>;

/** What actions need from the server: the secrets key, and its environment for admin-only settings. */
export type ActionDeps = { secretKey: Buffer; env?: Record<string, string | undefined> };

export async function loadTarget(db: Db | Prisma.TransactionClient, id: string): Promise<TargetRow> {
  const t = await db.target.findUnique({ where: { id }, select: TARGET_ROW_SELECT });
  if (!t) throw new NotFoundError("No such target");
  return t;
}

/** The target's settings, parsed by its kind's schema (a row edited by hand that no longer fits is reported, not used). */
export function configOf<T = Record<string, unknown>>(t: { kind: TargetKind; config: unknown; name: string }): T {
  const parsed = TARGET_CONFIG[t.kind].safeParse(t.config);
  if (!parsed.success)
    throw new ValidationError({
      config: [`The settings of target "${t.name}" are invalid: ${parsed.error.issues[0]?.message}`],
    });
  return parsed.data as T;
}

/** The target's credential, decrypted; an error naming the target when it is not set. */
export async function credentialOf(db: Db, deps: ActionDeps, t: TargetRow): Promise<string> {
  const value = await readSecret(db, deps.secretKey, t.secretName ?? targetSecretName(t.id));
  if (!value)
    throw new ValidationError({
      secret: [`Target "${t.name}" has no credential: an admin sets it on the target's page`],
    });
  return value;
}

/** The database a Postgres connection URL names. */
export function databaseNameOf(url: string): string {
  try {
    return databaseOf(url);
  } catch {
    throw new ValidationError({ secret: ["The target's connection URL is not a valid postgresql:// URL"] });
  }
}
