import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { isUniqueViolation } from "../user/internal.ts";
import { parseInput } from "../validate.ts";
import { type EscalationPolicyDto, toPolicyDto } from "./dto.ts";
import { getPolicyOrThrow } from "./internal.ts";
import { resolveSteps } from "./resolve-steps.ts";
import { type TCreatePolicy, ZCreatePolicy } from "./schemas.ts";

const NAME_TAKEN = { name: ["Another escalation policy has this name"] };

/** Add an escalation policy with its steps (ADMIN), all in one transaction or none of it. */
export async function createEscalationPolicy({
  db,
  ctx,
  input,
}: ServiceCall<TCreatePolicy>): Promise<EscalationPolicyDto> {
  assertRole(ctx, "ADMIN");
  const p = parseInput(ZCreatePolicy, input);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.escalationPolicy.findFirst({ where: { name: { equals: p.name, mode: "insensitive" } } }))
        throw new ValidationError(NAME_TAKEN);
      const services = [...new Set(p.services ?? [])];
      const found = await tx.service.findMany({ where: { slug: { in: services } }, select: { slug: true } });
      const missing = services.filter((s) => !found.some((f) => f.slug === s));
      if (missing.length) throw new ValidationError({ services: [`No service has the slug ${missing.join(", ")}`] });
      const steps = await resolveSteps(tx, p.steps);
      const row = await tx.escalationPolicy.create({
        data: {
          name: p.name,
          severities: p.severities,
          services,
          repeat: p.repeat,
          hours: p.hours ?? "ALWAYS",
          steps: { create: steps.map((s, position) => ({ position, ...s })) },
        },
      });
      const after = toPolicyDto(await getPolicyOrThrow(tx, row.id));
      await recordAudit(tx, ctx, {
        action: "escalation_policy.create",
        targetType: "escalation_policy",
        targetId: row.id,
        after,
      });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ValidationError(NAME_TAKEN);
    throw e;
  }
}
