import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type TDeleteService, ZDeleteService } from "./schemas.ts";

export type ServiceDeletionImpactDto = {
  /** Checks deleted with the service, with their results, rollups, events and maintenance windows. */
  checks: number;
  /** Runs those checks recorded (their history: day rollups, kept a year). */
  runs: number;
  /** Incidents stay, detached from the service. */
  incidents: number;
};

/** What deleting a service takes with it, for the confirmation a responder reads first. */
export async function getServiceDeletionImpact({
  db,
  ctx,
  input,
}: ServiceCall<TDeleteService>): Promise<ServiceDeletionImpactDto> {
  assertRole(ctx, "RESPONDER");
  const { serviceSlug } = parseInput(ZDeleteService, input);
  const service = await db.service.findUnique({
    where: { slug: serviceSlug },
    select: { id: true, _count: { select: { checks: true, affectedBy: true } } },
  });
  if (!service) throw new NotFoundError("Service not found");
  const { _sum } = await db.checkRollup.aggregate({
    _sum: { count: true },
    where: { period: "DAY", check: { serviceId: service.id } },
  });
  return { checks: service._count.checks, runs: _sum.count ?? 0, incidents: service._count.affectedBy };
}
