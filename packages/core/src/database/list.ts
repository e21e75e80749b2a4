import type { Db } from "@opsdeck/db";
import type { Problem } from "@opsdeck/integrations";
import { NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import type { DatabaseDto } from "./dto.ts";
import { type DatabaseSource, findDatabaseSource, listDatabaseSources } from "./sources.ts";

type State = { ref: string; address: string | null; sampledAt: Date | null; problem: unknown };

export const databaseDto = (s: DatabaseSource, state: State | undefined): DatabaseDto => ({
  id: s.ref,
  name: s.name,
  source: { kind: s.kind, id: s.sourceId },
  service: s.service,
  address: state?.address ?? null,
  sampledAt: state?.sampledAt?.toISOString() ?? null,
  problem: (state?.problem as Problem | null | undefined) ?? null,
});

const STATE_SELECT = { ref: true, address: true, sampledAt: true, problem: true } as const;

/** Every monitored database (VIEWER): postgres checks' and Postgres targets', with their last sample. */
export async function listDatabases({ db, ctx }: { db: Db; ctx: AnyCtx }): Promise<DatabaseDto[]> {
  assertRole(ctx, "VIEWER");
  const sources = await listDatabaseSources(db);
  const states = await db.pgInsightState.findMany({
    where: { ref: { in: sources.map((s) => s.ref) } },
    select: STATE_SELECT,
  });
  const byRef = new Map(states.map((s) => [s.ref, s]));
  return sources.map((s) => databaseDto(s, byRef.get(s.ref)));
}

/** One monitored database's source and list entry, or NotFound. */
export async function loadDatabase(db: Db, ref: string): Promise<{ source: DatabaseSource; dto: DatabaseDto }> {
  const source = await findDatabaseSource(db, ref);
  if (!source) throw new NotFoundError("No such database: it is neither a postgres check nor a Postgres target");
  const state = await db.pgInsightState.findUnique({ where: { ref }, select: STATE_SELECT });
  return { source, dto: databaseDto(source, state ?? undefined) };
}
