import type { Db } from "@opsdeck/db";

/**
 * Install pg_stat_statements in the ops database, so that its Postgres insights show slow queries.
 * Only for the embedded server, which loads the library at start; false (and nothing changed) when
 * the server does not offer it.
 */
export async function enableStatementStats(db: Db): Promise<boolean> {
  const [row] = await db.$queryRaw<{ loaded: boolean }[]>`
    SELECT current_setting('shared_preload_libraries') ~ '(^|[\\s,])pg_stat_statements($|[\\s,])' AS loaded`;
  if (!row?.loaded) return false;
  await db.$executeRawUnsafe("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  return true;
}
