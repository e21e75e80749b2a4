import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDnsProbe } from "./dns.ts";
import { startDnsServer } from "./testing/dns-server.ts";

describe("runDnsProbe against a local DNS server", () => {
  let dns: Awaited<ReturnType<typeof startDnsServer>>;
  let servers: string[];
  beforeAll(async () => {
    dns = await startDnsServer({
      "app.test": {
        A: ["10.0.0.1", "10.0.0.2"],
        AAAA: ["2001:db8::1"],
        MX: [
          [10, "mail.app.test"],
          [20, "backup.app.test"],
        ],
        TXT: [["v=spf1 ", "-all"], ["site-verification=abc"]],
        NS: ["ns1.app.test"],
      },
      "www.app.test": { CNAME: "app.test" },
      "empty.test": {},
    });
    servers = [dns.server];
  });
  afterAll(() => dns.close());

  it("resolves A records", async () => {
    const result = await runDnsProbe({ hostname: "app.test", servers });
    expect(result.status).toBe("UP");
    expect(result.message).toBe(`app.test has 2 A records (${result.latencyMs} ms)`);
    expect(result.details).toMatchObject({ recordType: "A", answers: ["10.0.0.1", "10.0.0.2"], servers });
  });

  it("checks an expected value among the answers", async () => {
    expect((await runDnsProbe({ hostname: "app.test", servers, expectedValue: "10.0.0.2" })).status).toBe("UP");
    const wrong = await runDnsProbe({ hostname: "app.test", servers, expectedValue: "10.0.0.9" });
    expect(wrong).toMatchObject({ status: "DOWN", code: "ASSERTION_DNS_VALUE" });
    expect(wrong.message).toBe('Expected "10.0.0.9" among A records of app.test, got 10.0.0.1, 10.0.0.2');
  });

  it("resolves AAAA, CNAME, MX, TXT and NS records", async () => {
    const aaaa = await runDnsProbe({
      hostname: "app.test",
      servers,
      recordType: "AAAA",
      expectedValue: "2001:0db8:0:0:0:0:0:1",
    });
    expect(aaaa).toMatchObject({ status: "UP", details: { answers: ["2001:db8::1"] } });
    const cname = await runDnsProbe({
      hostname: "www.app.test",
      servers,
      recordType: "CNAME",
      expectedValue: "APP.test.",
    });
    expect(cname).toMatchObject({ status: "UP", details: { answers: ["app.test"] } });
    const mx = await runDnsProbe({ hostname: "app.test", servers, recordType: "MX", expectedValue: "backup.app.test" });
    expect(mx).toMatchObject({ status: "UP", details: { answers: ["10 mail.app.test", "20 backup.app.test"] } });
    const txt = await runDnsProbe({ hostname: "app.test", servers, recordType: "TXT", expectedValue: "v=spf1 -all" });
    expect(txt.status).toBe("UP");
    const ns = await runDnsProbe({ hostname: "app.test", servers, recordType: "NS", expectedValue: "ns2.app.test" });
    expect(ns).toMatchObject({ status: "DOWN", code: "ASSERTION_DNS_VALUE" });
  });

  it("reports a name that does not exist", async () => {
    const result = await runDnsProbe({ hostname: "nothing-here.invalid", servers });
    expect(result).toMatchObject({ status: "DOWN", code: "DNS_FAILURE" });
    expect(result.message).toBe(`nothing-here.invalid does not exist (NXDOMAIN from ${dns.server})`);
  });

  it("reports a name without records of the type", async () => {
    const result = await runDnsProbe({ hostname: "empty.test", servers, recordType: "MX" });
    expect(result).toMatchObject({ status: "DOWN", code: "DNS_NO_RECORDS", message: "empty.test has no MX records" });
  });

  it("reports a server failure", async () => {
    const result = await runDnsProbe({ hostname: "servfail.app.test", servers });
    expect(result).toMatchObject({ status: "DOWN", code: "DNS_FAILURE" });
    expect(result.message).toContain("SERVFAIL");
  });

  it("times out when the server never answers", async () => {
    const started = performance.now();
    const result = await runDnsProbe({ hostname: "hang.app.test", servers, timeoutMs: 300 });
    const took = performance.now() - started;
    expect(result).toMatchObject({ status: "DOWN", code: "TIMEOUT" });
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(500);
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const result = await runDnsProbe({ hostname: "hang.app.test", servers, timeoutMs: 5000 }, controller.signal);
    expect(result).toMatchObject({ status: "DOWN", code: "ABORTED" });
    expect(performance.now() - started).toBeLessThan(300);
  });

  it("rejects malformed server addresses and names", async () => {
    const result = await runDnsProbe({ hostname: "bad name", servers: ["dns.google"] });
    expect(result).toMatchObject({ status: "DOWN", code: "INVALID_CONFIG" });
    expect(result.details?.fieldErrors).toEqual({
      hostname: ["Enter a valid DNS name (e.g. example.com)"],
      "servers.0": ["DNS servers must be IP addresses, optionally with :port"],
    });
  });
});
