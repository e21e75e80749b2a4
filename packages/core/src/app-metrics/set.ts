import { type Db, Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { ValidationError } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { encrypt } from "../secrets/crypto.ts";
import { parseInput } from "../validate.ts";
import type { AppMetricsEndpointDto } from "./dto.ts";
import { auditOf, ENDPOINT_SELECT, serviceEndpointOrThrow, toEndpointDto, tokenAad } from "./internal.ts";
import { type TSetAppMetrics, ZSetAppMetrics } from "./schemas.ts";

/**
 * Set a service's Prometheus metrics endpoint (RESPONDER). The bearer token is sealed with the
 * secrets key; left out, the stored one is kept. A new URL or metric names start the rates afresh.
 */
export async function setAppMetricsEndpoint({
  db,
  ctx,
  input,
  secretKey,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TSetAppMetrics;
  secretKey?: Buffer;
}): Promise<AppMetricsEndpointDto> {
  assertRole(ctx, "RESPONDER");
  const { serviceSlug, token, ...fields } = parseInput(ZSetAppMetrics, input);
  if (token && !secretKey)
    throw new ValidationError({ token: ["This server has no OPSDECK_SECRET_KEY, so it cannot store a token"] });
  return db.$transaction(async (tx) => {
    const { service, before } = await serviceEndpointOrThrow(tx, serviceSlug);
    const tokenCiphertext =
      token === undefined
        ? (before?.tokenCiphertext ?? null)
        : token && secretKey
          ? encrypt(token, secretKey, tokenAad(service.id))
          : null;
    const same =
      before &&
      before.url === fields.url &&
      before.requestMetric === fields.requestMetric &&
      before.statusLabel === fields.statusLabel &&
      before.durationMetric === fields.durationMetric;
    const restart = same ? {} : { counters: Prisma.DbNull, problems: [], scrapedAt: null, claimedAt: null };
    const after = await tx.appMetricsEndpoint.upsert({
      where: { serviceId: service.id },
      create: { serviceId: service.id, ...fields, tokenCiphertext },
      update: { ...fields, tokenCiphertext, ...restart },
      select: ENDPOINT_SELECT,
    });
    await recordAudit(tx, ctx, {
      action: before ? "service.app_metrics.update" : "service.app_metrics.create",
      targetType: "service",
      targetId: service.id,
      before: auditOf(before),
      after: auditOf(after),
    });
    await publishLive(tx, "app_metrics.scraped", { services: [service.slug] });
    return toEndpointDto(after);
  });
}
