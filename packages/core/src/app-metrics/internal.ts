import type { Prisma } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import type { ScrapeProblem } from "@opsdeck/integrations";
import type { AppMetricsEndpointDto } from "./dto.ts";

/** The token's AAD: a ciphertext cannot be moved to another service's endpoint. */
export const tokenAad = (serviceId: string) => `app-metrics:${serviceId}`;

export const ENDPOINT_SELECT = {
  url: true,
  tokenCiphertext: true,
  requestMetric: true,
  statusLabel: true,
  durationMetric: true,
  scrapedAt: true,
  problems: true,
} satisfies Prisma.AppMetricsEndpointSelect;

type EndpointRow = Prisma.AppMetricsEndpointGetPayload<{ select: typeof ENDPOINT_SELECT }>;

export const toEndpointDto = (e: EndpointRow): AppMetricsEndpointDto => ({
  url: e.url,
  hasToken: e.tokenCiphertext !== null,
  requestMetric: e.requestMetric,
  statusLabel: e.statusLabel,
  durationMetric: e.durationMetric,
  scrapedAt: e.scrapedAt?.toISOString() ?? null,
  problems: Array.isArray(e.problems) ? (e.problems as ScrapeProblem[]) : [],
});

/** What the audit log keeps of an endpoint: its settings, and whether a token is set (never the token). */
export const auditOf = (e: EndpointRow | null) =>
  e && {
    url: e.url,
    requestMetric: e.requestMetric,
    statusLabel: e.statusLabel,
    durationMetric: e.durationMetric,
    bearer: e.tokenCiphertext ? "set" : "none",
  };

/** The service and its endpoint, read inside the transaction that changes them. */
export async function serviceEndpointOrThrow(tx: Prisma.TransactionClient, slug: string) {
  const service = await tx.service.findUnique({
    where: { slug },
    select: { id: true, slug: true, appMetrics: { select: ENDPOINT_SELECT } },
  });
  if (!service) throw new NotFoundError("Service not found");
  return { service, before: service.appMetrics };
}
