import type { CheckKind, Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { FieldErrors } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { CreateCheckResult } from "./create.ts";
import { toCheckDto } from "./dto.ts";
import { insertChecks } from "./insert-many.ts";
import { pingPath, throwIfAny } from "./internal.ts";
import { type NewCheck, validateNewCheck } from "./new-check.ts";
import { type TCreateChecks, ZCreateChecks } from "./schemas.ts";

export type CreateChecksResult = { created: number; checks: CreateCheckResult[] };

/** Each item's errors under `checks.<index>.<field>`, so a refusal names the check and the field. */
const prefixed = (i: number, errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === "_form" ? `checks.${i}` : `checks.${i}.${k}`, v]));

/**
 * A responder adds up to 1,000 checks at once, all or none: every item is validated as createCheck
 * validates one, then one transaction locks their services (a service deleted meanwhile refuses the
 * call), inserts them in one statement, writes one audit row naming them and one live event.
 */
export async function createChecks({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TCreateChecks;
}): Promise<CreateChecksResult> {
  assertRole(ctx, "RESPONDER");
  const { checks } = parseInput(ZCreateChecks, input);
  const errors: FieldErrors = {};
  const rows: NewCheck[] = [];
  const named: (string | null)[] = [];
  for (const [i, item] of checks.entries()) {
    const own: FieldErrors = {};
    const { row, serviceId } = await validateNewCheck(db, item, own);
    if (row) rows.push(row);
    named.push(serviceId);
    Object.assign(errors, prefixed(i, own));
  }
  // Unknown services are reported with the other errors, in one round trip; the transaction asks again.
  const ids = [...new Set(named.filter((id) => id !== null))];
  const known = new Set(
    (await db.service.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((x) => x.id),
  );
  named.forEach((id, i) => {
    if (id && !known.has(id)) errors[`checks.${i}.serviceId`] = ["No such service"];
  });
  throwIfAny(errors);
  return db.$transaction(
    async (tx) => {
      const serviceIds = [...new Set(rows.map((r) => r.serviceId))];
      // FOR KEY SHARE: a service cannot be deleted between this check and the insert.
      const found = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Service" WHERE id = ANY(${serviceIds}::text[]) FOR KEY SHARE`;
      const locked = new Set(found.map((x) => x.id));
      rows.forEach((r, i) => {
        if (!locked.has(r.serviceId)) errors[`checks.${i}.serviceId`] = ["No such service"];
      });
      throwIfAny(errors);
      const created = await insertChecks(tx, rows);
      const kinds: Partial<Record<CheckKind, number>> = {};
      for (const c of created) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
      await recordAudit(tx, ctx, {
        action: "check.bulk_create",
        targetType: "check",
        after: {
          count: created.length,
          kinds,
          services: serviceIds.length,
          checks: created.map((c) => ({ id: c.id, name: c.name, serviceId: c.serviceId })),
        },
      });
      await publishLive(tx, "checks.changed");
      return {
        created: created.length,
        checks: created.map((c) => ({
          check: toCheckDto(c),
          pingPath: c.heartbeatToken && pingPath(c.heartbeatToken),
        })),
      };
    },
    { timeout: 60_000 },
  );
}
