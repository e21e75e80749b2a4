import { type Db, type Prisma, ServiceTier, type ServiceWhereInput } from "@opsdeck/db";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { SERVICE_SUMMARY_SELECT, type ServiceSummaryDto, toServiceSummary } from "./dto.ts";
import { type TListServices, ZListServices } from "./schemas.ts";

const SERVICES: Keyset = {
  list: "services",
  fields: [
    { field: "tier", type: Object.values(ServiceTier) },
    { field: "name", type: "string" },
    { field: "id", type: "string" },
  ],
};

type Args = { db: Db; ctx: AnyCtx; input?: TListServices };

/** Services, most critical tier first, with how many incidents are open against each: a page of them. */
export async function listServicesPage({ db, ctx, input = {} }: Args): Promise<Page<ServiceSummaryDto>> {
  assertRole(ctx, "VIEWER");
  const { q, tier, limit, cursor } = parseInput(ZListServices, input);
  const contains = (field: "name" | "slug" | "team"): ServiceWhereInput => ({
    [field]: { contains: q, mode: "insensitive" },
  });
  const where: ServiceWhereInput = {
    ...(tier && { tier }),
    ...(q && { OR: [contains("name"), contains("slug"), contains("team")] }),
  };
  const { rows, next } = await findPage<
    Prisma.ServiceGetPayload<{ select: typeof SERVICE_SUMMARY_SELECT }>,
    ServiceWhereInput,
    Prisma.ServiceOrderByWithRelationInput
  >(SERVICES, { limit, cursor }, (p) =>
    db.service.findMany({
      where: { AND: [where, p.after] },
      select: SERVICE_SUMMARY_SELECT,
      orderBy: p.orderBy,
      take: p.take,
    }),
  );
  return { items: rows.map(toServiceSummary), next };
}

/** Every service (or a page of them when `limit` is given), most critical tier first. */
export const listServices = async (args: Args): Promise<ServiceSummaryDto[]> => (await listServicesPage(args)).items;
