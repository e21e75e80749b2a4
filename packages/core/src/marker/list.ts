import { type Db, Prisma } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { type Keyset, pageRows, readCursor } from "../page/keyset.ts";
import type { Page } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type MarkerDto, type MarkerRow, toMarkerDto } from "./dto.ts";
import { type TListMarkers, ZListMarkers } from "./schemas.ts";

const BY_TIME: Keyset = {
  list: "markers",
  fields: [
    { field: "at", type: "date" },
    { field: "id", type: "string" },
  ],
};

async function serviceIdOf(db: Db, slug: string | undefined): Promise<string | null> {
  if (!slug) return null;
  const row = await db.service.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw new ValidationError({ service: ["No service has that slug"] });
  return row.id;
}

/**
 * Every event of the range, oldest first: incidents at their detection and at their resolution,
 * action runs that ran to an end (a rollback is a deploy), and the deploy targets' deployments as
 * their providers reported them. With a service, only incidents affecting it
 * and runs on its targets. One query over the three sources, paged by (time, id) (VIEWER).
 */
export async function listMarkersPage({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TListMarkers>): Promise<Page<MarkerDto>> {
  assertRole(ctx, "VIEWER");
  const q = parseInput(ZListMarkers, input);
  const from = new Date(q.from);
  const to = q.to ? new Date(q.to) : now;
  const serviceId = await serviceIdOf(db, q.service);
  const key = readCursor(BY_TIME, q.cursor);
  const affects = serviceId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "IncidentService" s WHERE s."incidentId" = i.id AND s."serviceId" = ${serviceId})`
    : Prisma.empty;
  const onService = serviceId ? Prisma.sql`AND t."serviceId" = ${serviceId}` : Prisma.empty;
  const after = key ? Prisma.sql`WHERE (m.at, m.id) > (${key[0]}, ${key[1]})` : Prisma.empty;
  const rows = await db.$queryRaw<MarkerRow[]>`
    SELECT * FROM (
      SELECT 'incident:' || i.id AS id, 'incident' AS kind, i."detectedAt" AS at, i.id AS ref, i.number,
        i.title, i.severity::text AS detail, i."autoServiceId" IS NOT NULL AS auto, NULL AS outcome
      FROM "Incident" i WHERE i."detectedAt" >= ${from} AND i."detectedAt" < ${to} ${affects}
      UNION ALL
      SELECT 'resolved:' || i.id, 'resolved', i."resolvedAt", i.id, i.number, i.title, i.severity::text, false, NULL
      FROM "Incident" i
      WHERE i.status = 'RESOLVED' AND i."resolvedAt" >= ${from} AND i."resolvedAt" < ${to} ${affects}
      UNION ALL
      SELECT 'run:' || r.id, CASE WHEN r.kind = 'ROLLBACK' THEN 'deploy' ELSE 'action' END, r."finishedAt", r.id,
        r.number, t.name, r.kind::text, false, r.status::text
      FROM "ActionRun" r JOIN "Target" t ON t.id = r."targetId"
      WHERE r.status IN ('SUCCEEDED', 'FAILED', 'CANCELLED') AND r."startedAt" IS NOT NULL
        AND r."finishedAt" >= ${from} AND r."finishedAt" < ${to} ${onService}
      UNION ALL
      SELECT 'deployment:' || d."targetId" || ':' || d."providerId", 'deploy', d."deployedAt", t.id, 0, t.name,
        left(concat_ws(' ', left(d."commit", 7), d.message), 120), false, NULL
      FROM "TargetDeployment" d JOIN "Target" t ON t.id = d."targetId"
      WHERE d."deployedAt" >= ${from} AND d."deployedAt" < ${to} ${onService}
    ) m ${after}
    ORDER BY m.at, m.id
    LIMIT ${q.limit + 1}`;
  const page = pageRows(BY_TIME, rows, q.limit);
  return { items: page.rows.map(toMarkerDto), next: page.next };
}
