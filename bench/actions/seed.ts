import type pg from "pg";

/**
 * Fills the database to about `megabytes` of tables and indexes: accounts, and events carrying
 * md5 text (compresses about as well as real log-like rows), loaded in batches of 500,000 rows.
 */
export async function seedActionsDatabase(pool: pg.Pool, megabytes: number, say: (m: string) => void): Promise<number> {
  await pool.query(`
    CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO accounts (id, email) SELECT g, 'user' || g || '@example.com' FROM generate_series(1, 50000) g;
    CREATE TABLE events (id bigint NOT NULL, account_id int NOT NULL, at timestamptz NOT NULL, kind text NOT NULL, payload text NOT NULL);
  `);
  // Tables stop at 80% of the target: the two indexes built afterwards add about a fifth.
  const target = megabytes * 1_000_000;
  const batch = 500_000;
  let rows = 0;
  for (;;) {
    const { rows: size } = await pool.query<{ bytes: string }>(
      "SELECT pg_database_size(current_database())::text AS bytes",
    );
    const bytes = Number(size[0]?.bytes);
    if (bytes >= target * 0.8) break;
    await pool.query(
      `INSERT INTO events SELECT g, 1 + g % 50000, timestamptz '2026-01-01' + g * interval '1 second',
         'kind' || g % 13, md5(g::text) || md5((g * 7)::text)
       FROM generate_series($1::bigint + 1, $1::bigint + $2) g`,
      [rows, batch],
    );
    rows += batch;
    say(`seeded ${rows.toLocaleString("en")} events rows (${(bytes / 1e6).toFixed(0)} MB before this batch)`);
  }
  await pool.query("ALTER TABLE events ADD PRIMARY KEY (id)");
  await pool.query("CREATE INDEX events_account ON events (account_id)");
  await pool.query("VACUUM ANALYZE");
  const { rows: final } = await pool.query<{ bytes: string }>(
    "SELECT pg_database_size(current_database())::text AS bytes",
  );
  return Number(final[0]?.bytes);
}
