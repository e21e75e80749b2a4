// Public services and history for bench/status: the first `count` services of bench/live's seed made
// public, 90 days of DAY rollups for their checks, and one public incident with status updates.
import type pg from "pg";

export async function seedStatusPage(pool: pg.Pool, count: number): Promise<void> {
  await pool.query(
    `UPDATE "Service" SET public = true, "publicName" = 'Public service ' || substr(id, 5) WHERE id = ANY($1::text[])`,
    [Array.from({ length: count }, (_, i) => `svc-${i + 1}`)],
  );
  await pool.query(
    `INSERT INTO "CheckRollup" ("checkSeq", period, "bucketStart", count, "upCount", "degradedCount", "latencySum", hist)
     SELECT c.seq, 'DAY', date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - d * interval '1 day', 4320,
       4320 - (CASE WHEN (c.seq + d) % 17 = 0 THEN 40 ELSE 0 END), 0, 0, '{}'
     FROM "Check" c JOIN "Service" s ON s.id = c."serviceId" AND s.public, generate_series(1, 89) d
     ON CONFLICT DO NOTHING`,
  );
}

/** A public P2 on the first public service with two status updates, through the API as a user would. */
export async function publicIncident(base: string, token: string): Promise<void> {
  const call = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ number: number }>;
  };
  const { number } = await call("POST", "/api/v1/incidents", {
    title: "Slow checkout",
    severity: "P2",
    services: ["svc-1"],
  });
  await call("PATCH", `/api/v1/incidents/${number}`, { public: true });
  await call("POST", `/api/v1/incidents/${number}/updates`, {
    status: "INVESTIGATING",
    message: "Checkout is slow for some customers.",
  });
  await call("POST", `/api/v1/incidents/${number}/updates`, {
    status: "IDENTIFIED",
    message: "A slow database query; a fix is on its way.",
  });
}
