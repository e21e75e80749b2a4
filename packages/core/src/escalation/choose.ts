import type { Severity } from "@opsdeck/db";
import type { Tx } from "./internal.ts";
import { ENGINE_INCLUDE, type EnginePolicy } from "./timing.ts";

/**
 * The policy that escalates an incident of `severity` on services `slugs`: among those covering the
 * severity, one naming one of the services comes before one covering every service; ties go by name.
 */
export async function choosePolicy(tx: Tx, severity: Severity, slugs: string[]): Promise<EnginePolicy | null> {
  const candidates = await tx.escalationPolicy.findMany({
    where: {
      severities: { has: severity },
      OR: [{ services: { isEmpty: true } }, ...(slugs.length ? [{ services: { hasSome: slugs } }] : [])],
    },
    include: ENGINE_INCLUDE,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return candidates.find((p) => p.services.length > 0) ?? candidates[0] ?? null;
}
