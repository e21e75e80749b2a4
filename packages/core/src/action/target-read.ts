import type { Db, Prisma } from "@opsdeck/db";
import { z } from "zod";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import { type Page, pageLimit, ZCursor } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { targetSecretName } from "./target-config.ts";
import { TARGET_SELECT, type TargetDto, toTargetDto } from "./target-dto.ts";
import { ZTargetRef } from "./target-schemas.ts";

async function secretNames(db: Db): Promise<Set<string>> {
  const rows = await db.secret.findMany({ where: { name: { startsWith: "target." } }, select: { name: true } });
  return new Set(rows.map((r) => r.name));
}

const BY_NAME: Keyset = {
  list: "targets",
  fields: [
    { field: "name", type: "string" },
    { field: "id", type: "string" },
  ],
};
const ZListTargets = z.object({ limit: pageLimit(500).optional(), cursor: ZCursor });
type ListTargets = { serviceIds?: string[] } & z.input<typeof ZListTargets>;

/** Targets by name, or those of some services, a page at a time (VIEWER): kind, name, settings and whether a credential is set. */
export async function listTargetsPage({ db, ctx, input = {} }: ServiceCall<ListTargets>): Promise<Page<TargetDto>> {
  assertRole(ctx, "VIEWER");
  const page = parseInput(ZListTargets, { limit: input.limit, cursor: input.cursor });
  const { rows, next } = await findPage<
    Prisma.TargetGetPayload<{ select: typeof TARGET_SELECT }>,
    Prisma.TargetWhereInput,
    Prisma.TargetOrderByWithRelationInput
  >(BY_NAME, page, (p) =>
    db.target.findMany({
      where: { AND: [input.serviceIds ? { serviceId: { in: input.serviceIds } } : {}, p.after] },
      orderBy: p.orderBy,
      take: p.take,
      select: TARGET_SELECT,
    }),
  );
  const names = await secretNames(db);
  return { items: rows.map((t) => toTargetDto(t, names, targetSecretName)), next };
}

/** Every target, or those of some services (VIEWER). */
export const listTargets = async (args: ServiceCall<ListTargets>): Promise<TargetDto[]> =>
  (await listTargetsPage(args)).items;

export async function getTarget({ db, ctx, input }: ServiceCall<{ id: string }>): Promise<TargetDto> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZTargetRef, input);
  const t = await db.target.findUnique({ where: { id }, select: TARGET_SELECT });
  if (!t) throw new NotFoundError("No such target");
  return toTargetDto(t, await secretNames(db), targetSecretName);
}
