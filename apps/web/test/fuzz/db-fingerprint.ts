import pg from "pg";

// Tables a read may touch: a token's last use, and sign-in throttling.
const VOLATILE = new Set(["ApiToken", "LoginThrottle", "_prisma_migrations"]);

/** One string that changes when any row of the ops database is added, removed or changed. */
export async function dbFingerprint(client: pg.Client): Promise<string> {
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const parts = tables.map(({ name }) =>
    VOLATILE.has(name)
      ? `SELECT '${name}' AS t, count(*)::text AS h FROM "${name}"`
      : `SELECT '${name}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM "${name}" x`,
  );
  const { rows } = await client.query<{ t: string; h: string }>(parts.join(" UNION ALL "));
  return rows
    .sort((a, b) => a.t.localeCompare(b.t))
    .map((r) => `${r.t}=${r.h}`)
    .join(";");
}
