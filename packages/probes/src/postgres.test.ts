import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_APPLICATION_NAME, runPostgresProbe } from "./postgres.ts";
import { closedPort, type Running, startTcp } from "./testing/servers.ts";

/** The server's "postgres" database: the migrated template must stay free of connections. */
function adminUrl(): string {
  const server = process.env.OPSDECK_TEST_SERVER_URL;
  if (!server) throw new Error("OPSDECK_TEST_SERVER_URL is not set: run tests through vitest's global setup");
  const url = new URL(server);
  url.pathname = "/postgres";
  return url.toString();
}

async function probeConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1",
      [PROBE_APPLICATION_NAME],
    );
    return rows[0]?.n ?? -1;
  } finally {
    await client.end();
  }
}

describe("runPostgresProbe", () => {
  let url: string;
  let silent: Running;
  beforeAll(async () => {
    url = adminUrl();
    silent = await startTcp();
  });
  afterAll(() => silent.close());

  it("is UP with SELECT 1 latency and connection usage", async () => {
    const result = await runPostgresProbe({ url });
    expect(result.status).toBe("UP");
    expect(result.latencyMs).toBeLessThan(1000);
    expect(result.message).toMatch(/^SELECT 1 in \d+ ms; \d+ of \d+ connections in use \([\d.]+%\)$/);
    const details = result.details as { connectionsUsed: number; maxConnections: number; connectionsPercent: number };
    expect(details.connectionsUsed).toBeGreaterThanOrEqual(1);
    expect(details.maxConnections).toBeGreaterThan(details.connectionsUsed);
    expect(details.connectionsPercent).toBeCloseTo((details.connectionsUsed / details.maxConnections) * 100, 0);
  });

  it("is DEGRADED above the connection threshold", async () => {
    const result = await runPostgresProbe({ url, degradedAbovePercent: 0 });
    expect(result).toMatchObject({ status: "DEGRADED", code: "CONNECTIONS_HIGH" });
    expect(result.message).toMatch(/connections in use \([\d.]+%\), above the 0% threshold$/);
  });

  it("reads the URL from a secret, and says which secret is missing", async () => {
    const fromSecret = await runPostgresProbe({ connectionSecret: "OPS_DB_URL" }, undefined, { OPS_DB_URL: url });
    expect(fromSecret.status).toBe("UP");
    const missing = await runPostgresProbe({ connectionSecret: "OPS_DB_URL" }, undefined, {});
    expect(missing).toMatchObject({
      status: "DOWN",
      code: "MISSING_SECRET",
      message: 'Secret "OPS_DB_URL" holding the connection URL is not set',
    });
    const garbage = await runPostgresProbe({ connectionSecret: "OPS_DB_URL" }, undefined, { OPS_DB_URL: "hunter2" });
    expect(garbage).toMatchObject({ status: "DOWN", code: "INVALID_CONFIG" });
    expect(garbage.message).not.toContain("hunter2");
  });

  it("reports rejected credentials without echoing the password", async () => {
    const wrong = new URL(url);
    wrong.password = "definitely-wrong";
    const result = await runPostgresProbe({ url: wrong.toString() });
    expect(result).toMatchObject({ status: "DOWN", code: "AUTH_FAILED" });
    expect(result.message).toContain("rejected the credentials (28P01");
    expect(result.message).not.toContain("definitely-wrong");
  });

  it("reports a missing database", async () => {
    const other = new URL(url);
    other.pathname = "/no_such_database";
    const result = await runPostgresProbe({ url: other.toString() });
    expect(result).toMatchObject({ status: "DOWN", code: "UPSTREAM_ERROR" });
    expect(result.message).toContain('3D000: database "no_such_database" does not exist');
  });

  it("reports a refused port", async () => {
    const port = await closedPort();
    const result = await runPostgresProbe({ url: `postgres://u:p@127.0.0.1:${port}/db` });
    expect(result).toMatchObject({ status: "DOWN", code: "CONNECTION_REFUSED" });
    expect(result.message).toBe(`Connection refused by 127.0.0.1:${port}/db: nothing is listening there`);
  });

  it("times out on a server that never answers", async () => {
    const started = performance.now();
    const result = await runPostgresProbe({ url: `postgres://u:p@127.0.0.1:${silent.port}/db`, timeoutMs: 300 });
    const took = performance.now() - started;
    expect(result).toMatchObject({ status: "DOWN", code: "TIMEOUT" });
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(500);
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await runPostgresProbe(
      { url: `postgres://u:p@127.0.0.1:${silent.port}/db`, timeoutMs: 5000 },
      controller.signal,
    );
    expect(result).toMatchObject({ status: "DOWN", code: "ABORTED" });
    expect(result.latencyMs).toBeLessThan(300);
  });

  it("closes every connection it opened", async () => {
    await runPostgresProbe({ url });
    await runPostgresProbe({ url, degradedAbovePercent: 0 });
    await new Promise((r) => setTimeout(r, 100));
    expect(await probeConnections(url)).toBe(0);
  });
});
