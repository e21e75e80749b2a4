import type { Db } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { targetSecretName } from "./target-config.ts";
import { TARGET_SELECT, type TargetDto, toTargetDto } from "./target-dto.ts";
import { ZTargetRef } from "./target-schemas.ts";

async function secretNames(db: Db): Promise<Set<string>> {
  const rows = await db.secret.findMany({ where: { name: { startsWith: "target." } }, select: { name: true } });
  return new Set(rows.map((r) => r.name));
}

/** Every target, or those of some services (VIEWER): kind, name, settings and whether a credential is set. */
export async function listTargets({
  db,
  ctx,
  input = {},
}: ServiceCall<{ serviceIds?: string[] }>): Promise<TargetDto[]> {
  assertRole(ctx, "VIEWER");
  const rows = await db.target.findMany({
    where: input.serviceIds ? { serviceId: { in: input.serviceIds } } : {},
    orderBy: { name: "asc" },
    select: TARGET_SELECT,
  });
  const names = await secretNames(db);
  return rows.map((t) => toTargetDto(t, names, targetSecretName));
}

export async function getTarget({ db, ctx, input }: ServiceCall<{ id: string }>): Promise<TargetDto> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZTargetRef, input);
  const t = await db.target.findUnique({ where: { id }, select: TARGET_SELECT });
  if (!t) throw new NotFoundError("No such target");
  return toTargetDto(t, await secretNames(db), targetSecretName);
}
