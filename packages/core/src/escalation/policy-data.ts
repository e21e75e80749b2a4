import { ValidationError } from "../errors.ts";
import type { Tx } from "./internal.ts";
import { resolveSteps, type StepRow } from "./resolve-steps.ts";
import type { ZCreatePolicy } from "./schemas.ts";
import type { z } from "zod";

export const NAME_TAKEN = { name: ["Another escalation policy has this name"] };

type Policy = z.output<typeof ZCreatePolicy>;
export type PolicyData = {
  fields: {
    name: string;
    severities: Policy["severities"];
    services: string[];
    repeat: number;
    hours: Policy["hours"] & {};
  };
  steps: StepRow[];
};

/**
 * A parsed policy as rows to write: its name free (but for `selfId`, the policy being edited), its
 * services known, its steps' schedules, layers and users looked up; any mistake is a field error.
 */
export async function policyData(tx: Tx, p: Policy, selfId?: string): Promise<PolicyData> {
  const clash = await tx.escalationPolicy.findFirst({
    where: { name: { equals: p.name, mode: "insensitive" }, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new ValidationError(NAME_TAKEN);
  const services = [...new Set(p.services ?? [])];
  const found = await tx.service.findMany({ where: { slug: { in: services } }, select: { slug: true } });
  const missing = services.filter((s) => !found.some((f) => f.slug === s));
  if (missing.length) throw new ValidationError({ services: [`No service has the slug ${missing.join(", ")}`] });
  const steps = await resolveSteps(tx, p.steps);
  return {
    fields: { name: p.name, severities: p.severities, services, repeat: p.repeat, hours: p.hours ?? "ALWAYS" },
    steps,
  };
}
