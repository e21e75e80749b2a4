import type { Db, ServiceWhereInput } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { SERVICE_SUMMARY_SELECT, type ServiceSummaryDto, toServiceSummary } from "./dto.ts";
import { type TListServices, ZListServices } from "./schemas.ts";

/** Services, most critical tier first, with how many incidents are open against each. */
export async function listServices({
  db,
  ctx,
  input = {},
}: {
  db: Db;
  ctx: AnyCtx;
  input?: TListServices;
}): Promise<ServiceSummaryDto[]> {
  assertRole(ctx, "VIEWER");
  const { q, tier } = parseInput(ZListServices, input);
  const contains = (field: "name" | "slug" | "team"): ServiceWhereInput => ({
    [field]: { contains: q, mode: "insensitive" },
  });
  const rows = await db.service.findMany({
    where: { ...(tier && { tier }), ...(q && { OR: [contains("name"), contains("slug"), contains("team")] }) },
    select: SERVICE_SUMMARY_SELECT,
    orderBy: [{ tier: "asc" }, { name: "asc" }],
  });
  return rows.map(toServiceSummary);
}
