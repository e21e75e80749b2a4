import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { readResponseDefaults } from "./defaults.ts";
import type { ResponseDefaultsDto } from "./dto.ts";
import { type TSetResponseDefaults, ZSetResponseDefaults } from "./schemas.ts";

/**
 * Replace a severity's default response steps (ADMIN). Incidents opened later start with the new
 * list; open incidents keep the steps they were given.
 */
export async function setResponseDefaults({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TSetResponseDefaults>): Promise<ResponseDefaultsDto> {
  assertRole(ctx, "ADMIN");
  const { severity, steps } = parseInput(ZSetResponseDefaults, input);
  return db.$transaction(async (tx) => {
    // Two saves of one severity at once would each delete, then both insert the same positions.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`response-defaults:${severity}`}))`;
    const [before] = await readResponseDefaults(tx, [severity]);
    await tx.responseStepDefault.deleteMany({ where: { severity } });
    await tx.responseStepDefault.createMany({
      data: steps.map((s, position) => ({ ...s, severity, position, updatedAt: now })),
    });
    const [after] = await readResponseDefaults(tx, [severity]);
    await recordAudit(tx, ctx, {
      action: "response_defaults.set",
      targetType: "response_defaults",
      targetId: severity,
      before: before?.steps,
      after: after?.steps,
    });
    return after as ResponseDefaultsDto;
  });
}
