import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProbe } from "./run-probe.ts";
import { type Running, start, startTcp } from "./testing/servers.ts";

describe("runProbe", () => {
  let app: Running;
  let silent: Running;
  beforeAll(async () => {
    app = await start(
      http.createServer((req, res) => {
        if (req.url === "/v1/balance") {
          res.writeHead(200, { "content-type": "application/json" });
          return res.end(JSON.stringify({ object: "balance", available: [], pending: [], livemode: false }));
        }
        res.end("hello");
      }),
    );
    silent = await startTcp();
  });
  afterAll(async () => {
    await app.close();
    await silent.close();
  });

  it("dispatches on kind", async () => {
    const httpResult = await runProbe({ kind: "http", url: `http://127.0.0.1:${app.port}/`, bodyContains: "hello" });
    expect(httpResult.status).toBe("UP");
    const tcpResult = await runProbe({ kind: "tcp", host: "127.0.0.1", port: app.port });
    expect(tcpResult.message).toMatch(/^Connected to 127\.0\.0\.1:\d+ in \d+ ms$/);
  });

  it("passes secrets to the probes that need them", async () => {
    const config = { kind: "stripe", apiKeySecret: "STRIPE", baseUrl: `http://127.0.0.1:${app.port}` } as const;
    expect((await runProbe(config, { secrets: { STRIPE: "rk_test_x" } })).status).toBe("UP");
    expect((await runProbe(config)).code).toBe("MISSING_SECRET");
  });

  it("lets the caller's timeout override the config", async () => {
    const started = performance.now();
    const result = await runProbe(
      { kind: "http", url: `http://127.0.0.1:${silent.port}/`, timeoutMs: 60_000 },
      { timeoutMs: 200 },
    );
    expect(result).toMatchObject({
      status: "DOWN",
      code: "TIMEOUT",
      message: `No answer from 127.0.0.1:${silent.port} within 200 ms`,
    });
    expect(performance.now() - started).toBeLessThan(400);
  });

  it("honours the caller's signal", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const result = await runProbe({ kind: "tls", host: "127.0.0.1", port: silent.port }, { signal: controller.signal });
    expect(result).toMatchObject({ status: "DOWN", code: "ABORTED" });
  });

  it("evaluates heartbeats from the recorded pings", async () => {
    const now = new Date("2026-01-01T00:10:00Z");
    const config = { kind: "heartbeat", periodSeconds: 60, graceSeconds: 30 } as const;
    const recent = await runProbe(config, { now, heartbeat: { lastPingAt: new Date("2026-01-01T00:09:30Z") } });
    expect(recent.status).toBe("UP");
    const missed = await runProbe(config, { now, heartbeat: { lastPingAt: new Date("2026-01-01T00:08:00Z") } });
    expect(missed).toMatchObject({
      status: "DOWN",
      code: "HEARTBEAT_MISSED",
      message: "No ping for 2m (expected every 1m, grace 30s)",
    });
  });

  it("returns INVALID_CONFIG for an unknown kind instead of throwing", async () => {
    const result = await runProbe({ kind: "smtp" } as never);
    expect(result).toMatchObject({ status: "DOWN", code: "INVALID_CONFIG", latencyMs: 0 });
    expect(result.message).toBe(
      'Invalid check configuration (kind: Unknown check kind "smtp"; expected one of http, tcp, dns, tls, postgres, stripe, heartbeat)',
    );
  });
});
