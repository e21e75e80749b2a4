import { type Db, Severity } from "@opsdeck/db";
import type { ListCall, ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { ResponseDefaultsDto } from "./dto.ts";
import { type TResponseSeverityRef, ZResponseSeverityRef } from "./schemas.ts";

const SEVERITIES = Object.values(Severity);

/** Each severity's default response steps, P0 first (VIEWER). */
export async function listResponseDefaults({ db, ctx }: ListCall<undefined>): Promise<ResponseDefaultsDto[]> {
  assertRole(ctx, "VIEWER");
  return readResponseDefaults(db, SEVERITIES);
}

/** One severity's default response steps (VIEWER). */
export async function getResponseDefaults({
  db,
  ctx,
  input,
}: ServiceCall<TResponseSeverityRef>): Promise<ResponseDefaultsDto> {
  assertRole(ctx, "VIEWER");
  const { severity } = parseInput(ZResponseSeverityRef, input);
  const [one] = await readResponseDefaults(db, [severity]);
  return one as ResponseDefaultsDto;
}

export async function readResponseDefaults(
  db: Pick<Db, "responseStepDefault">,
  severities: Severity[],
): Promise<ResponseDefaultsDto[]> {
  const rows = await db.responseStepDefault.findMany({
    where: { severity: { in: severities } },
    orderBy: [{ severity: "asc" }, { position: "asc" }],
    select: { severity: true, title: true, detail: true, updatedAt: true },
  });
  return severities.map((severity) => {
    const mine = rows.filter((r) => r.severity === severity);
    const newest = Math.max(0, ...mine.map((r) => r.updatedAt.getTime()));
    return {
      severity,
      steps: mine.map(({ title, detail }) => ({ title, detail })),
      updatedAt: newest ? new Date(newest).toISOString() : null,
    };
  });
}
