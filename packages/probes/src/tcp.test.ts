import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTcpProbe } from "./tcp.ts";
import { closedPort, type Running, startTcp } from "./testing/servers.ts";

describe("runTcpProbe", () => {
  let server: Running;
  let accepted = 0;
  beforeAll(async () => {
    server = await startTcp(() => {
      accepted++;
    });
  });
  afterAll(() => server.close());

  it("is UP when the port accepts a connection", async () => {
    const before = accepted;
    const result = await runTcpProbe({ host: "127.0.0.1", port: server.port });
    expect(result.status).toBe("UP");
    expect(result.message).toBe(`Connected to 127.0.0.1:${server.port} in ${result.latencyMs} ms`);
    expect(result.latencyMs).toBeLessThan(1000);
    expect(result.details).toMatchObject({ remoteAddress: "127.0.0.1", remotePort: server.port });
    await new Promise((r) => setTimeout(r, 20));
    expect(accepted).toBe(before + 1);
  });

  it("reports a refused port", async () => {
    const port = await closedPort();
    const result = await runTcpProbe({ host: "127.0.0.1", port });
    expect(result).toMatchObject({ status: "DOWN", code: "CONNECTION_REFUSED" });
    expect(result.message).toBe(`Connection refused by 127.0.0.1:${port}: nothing is listening there`);
  });

  it("stops when the caller aborts", async () => {
    const result = await runTcpProbe({ host: "127.0.0.1", port: server.port }, AbortSignal.abort());
    expect(result).toMatchObject({ status: "DOWN", code: "ABORTED" });
  });

  it("rejects a malformed config", async () => {
    const result = await runTcpProbe({ host: "tcp://db", port: 0 });
    expect(result).toMatchObject({ status: "DOWN", code: "INVALID_CONFIG" });
    expect(result.details?.fieldErrors).toMatchObject({
      host: ["Enter a host name or IP address without scheme, port or path (e.g. db.example.com)"],
      port: ["Port must be between 1 and 65535"],
    });
  });
});
