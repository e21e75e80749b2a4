import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { NotFoundError } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { auditOf, serviceEndpointOrThrow } from "./internal.ts";
import { type TServiceRef, ZServiceRef } from "./schemas.ts";

/** Stop scraping a service's metrics endpoint (RESPONDER); the series written so far stay for their retention. */
export async function removeAppMetricsEndpoint({ db, ctx, input }: { db: Db; ctx: AnyCtx; input: TServiceRef }) {
  assertRole(ctx, "RESPONDER");
  const { serviceSlug } = parseInput(ZServiceRef, input);
  return db.$transaction(async (tx) => {
    const { service, before } = await serviceEndpointOrThrow(tx, serviceSlug);
    if (!before) throw new NotFoundError("This service has no metrics endpoint");
    await tx.appMetricsEndpoint.delete({ where: { serviceId: service.id } });
    await recordAudit(tx, ctx, {
      action: "service.app_metrics.delete",
      targetType: "service",
      targetId: service.id,
      before: auditOf(before),
    });
    await publishLive(tx, "app_metrics.scraped", { services: [service.slug] });
    return { removed: true as const };
  });
}
