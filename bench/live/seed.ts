import type pg from "pg";

/** `count` HTTP checks at the target's /c/<seq>, `perService` to a service, DOWN after one failure. */
export async function seedLiveChecks(
  pool: pg.Pool,
  opts: { count: number; perService: number; intervalSeconds: number; port: number },
): Promise<void> {
  const services = Math.ceil(opts.count / opts.perService);
  await pool.query(
    `INSERT INTO "Service" (id, slug, name, "updatedAt")
     SELECT 'svc-' || g, 'svc-' || g, 'Service ' || lpad(g::text, 4, '0'), now() FROM generate_series(1, $1) g`,
    [services],
  );
  await pool.query(
    `INSERT INTO "Check" (id, "serviceId", name, kind, config, "intervalSeconds", "timeoutMs", "downAfter", "updatedAt")
     SELECT 'bench-' || g, 'svc-' || ((g - 1) / $3 + 1), 'check ' || g, 'HTTP', '{}'::jsonb, $1, 2000, 1, now() FROM generate_series(1, $2) g`,
    [opts.intervalSeconds, opts.count, opts.perService],
  );
  await pool.query(
    `UPDATE "Check" SET config = jsonb_build_object('kind', 'http', 'url', 'http://127.0.0.1:' || $1::int || '/c/' || seq) WHERE id LIKE 'bench-%'`,
    [opts.port],
  );
}

/** Seq and id of the checks named by number (`check 7` is bench-7). */
export async function checksByNumber(
  pool: pg.Pool,
  numbers: number[],
): Promise<{ id: string; seq: number; name: string }[]> {
  const { rows } = await pool.query<{ id: string; seq: number; name: string }>(
    `SELECT id, seq, name FROM "Check" WHERE id = ANY($1::text[]) ORDER BY id`,
    [numbers.map((n) => `bench-${n}`)],
  );
  return rows;
}

/** When the worker committed each check's latest change to `state` (the live event's insert time). */
export async function committedAt(pool: pg.Pool, ids: string[], since: Date): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ id: string; at: Date }>(
    `SELECT ids.id, max(e.at) AS at FROM "LiveEvent" e, jsonb_array_elements_text(e.payload->'ids') AS ids(id)
     WHERE e.kind = 'check.state' AND e.at >= $2 AND ids.id = ANY($1::text[]) GROUP BY ids.id`,
    [ids, since],
  );
  return new Map(rows.map((r) => [r.id, r.at.getTime()]));
}

/** Wait until each of the `count` checks has run since `since` (two intervals and 90 s at most). */
export async function waitForFirstRuns(
  pool: pg.Pool,
  count: number,
  since: Date,
  intervalSeconds: number,
): Promise<void> {
  for (const deadline = Date.now() + (2 * intervalSeconds + 90) * 1000; ; ) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Check" WHERE "lastCheckedAt" >= $1`,
      [since],
    );
    if ((rows[0]?.n ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0]?.n} of ${count} checks ran`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}
