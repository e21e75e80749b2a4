import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPki, daysFromNow, type KeyPair, type LeafOptions, type TestPki } from "./testing/certs.ts";
import { closedPort, type Running, start, startTcp } from "./testing/servers.ts";
import { runTlsExpiryProbe } from "./tls-expiry.ts";

const LOCAL = ["DNS:localhost", "IP:127.0.0.1"];

describe("runTlsExpiryProbe", () => {
  let pki: TestPki;
  const servers: Running[] = [];

  async function serve(pair: KeyPair): Promise<number> {
    const server = await start(tls.createServer(pair, (socket) => socket.end()));
    servers.push(server);
    return server.port;
  }
  const leaf = (days: { from: number; to: number }, extra: Partial<LeafOptions> = {}) =>
    serve(
      pki.issue({
        commonName: "localhost",
        altNames: LOCAL,
        notBefore: daysFromNow(days.from),
        notAfter: daysFromNow(days.to),
        ...extra,
      }),
    );

  beforeAll(() => {
    pki = createTestPki();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    pki.dispose();
  });

  it("is UP for a trusted certificate far from expiry, with its details", async () => {
    const port = await leaf({ from: -1, to: 90.5 });
    const result = await runTlsExpiryProbe({ host: "127.0.0.1", port, caPem: pki.ca.cert });
    expect(result.status).toBe("UP");
    expect(result.code).toBeUndefined();
    expect(result.message).toMatch(/^Certificate for 127\.0\.0\.1 is valid for 90 days, until \d{4}-\d\d-\d\dT/);
    expect(result.details).toMatchObject({
      daysRemaining: 90,
      subject: "CN=localhost",
      issuer: "CN=Opsdeck Test CA",
      selfSigned: false,
      verifyError: null,
    });
    expect(Date.parse(String(result.details?.validTo)) - Date.now()).toBeGreaterThan(90 * 86_400_000);
  });

  it("is DEGRADED inside the warning window (14 days by default)", async () => {
    const port = await leaf({ from: -30, to: 5.5 });
    const result = await runTlsExpiryProbe({ host: "127.0.0.1", port, caPem: pki.ca.cert });
    expect(result).toMatchObject({ status: "DEGRADED", code: "TLS_EXPIRING_SOON", details: { daysRemaining: 5 } });
    expect(result.message).toMatch(/^Certificate for 127\.0\.0\.1 expires in 5 days, on /);
    const narrower = await runTlsExpiryProbe({ host: "127.0.0.1", port, caPem: pki.ca.cert, warnDays: 3 });
    expect(narrower.status).toBe("UP");
  });

  it("counts hours when less than a day is left", async () => {
    const port = await leaf({ from: -30, to: 0.5 });
    const result = await runTlsExpiryProbe({ host: "127.0.0.1", port, caPem: pki.ca.cert });
    expect(result).toMatchObject({ status: "DEGRADED", details: { daysRemaining: 0 } });
    expect(result.message).toMatch(/expires in 11 hours/);
  });

  it("is DOWN for an expired certificate and says since when", async () => {
    const port = await leaf({ from: -30, to: -3.5 });
    const result = await runTlsExpiryProbe({ host: "127.0.0.1", port, caPem: pki.ca.cert });
    expect(result).toMatchObject({
      status: "DOWN",
      code: "TLS_EXPIRED",
      details: { daysRemaining: -4, verifyError: "CERT_HAS_EXPIRED" },
    });
    expect(result.message).toMatch(/^Certificate for 127\.0\.0\.1 expired 3 days ago, on /);
  });

  it("is DOWN for a certificate that is not valid yet", async () => {
    const port = await leaf({ from: 2, to: 60 });
    const result = await runTlsExpiryProbe({ host: "127.0.0.1", port, caPem: pki.ca.cert });
    expect(result).toMatchObject({ status: "DOWN", code: "TLS_NOT_YET_VALID" });
    expect(result.message).toMatch(/is not valid until .* \(in 1 day\)$/);
  });

  it("is DOWN when the certificate names another host, UP with the right server name", async () => {
    const port = await leaf({ from: -1, to: 60 }, { commonName: "other.example", altNames: ["DNS:other.example"] });
    const result = await runTlsExpiryProbe({ host: "127.0.0.1", port, caPem: pki.ca.cert });
    expect(result).toMatchObject({ status: "DOWN", code: "TLS_HOSTNAME_MISMATCH" });
    expect(result.message).toBe("Certificate does not match 127.0.0.1: IP: 127.0.0.1 is not in the cert's list:");
    const named = await runTlsExpiryProbe({ host: "127.0.0.1", port, servername: "other.example", caPem: pki.ca.cert });
    expect(named.status).toBe("UP");
  });

  it("rejects a self-signed certificate unless allowed, but never an expired one", async () => {
    const port = await leaf({ from: -1, to: 60 }, { selfSigned: true });
    const result = await runTlsExpiryProbe({ host: "127.0.0.1", port });
    expect(result).toMatchObject({ status: "DOWN", code: "TLS_SELF_SIGNED", details: { selfSigned: true } });
    expect(result.message).toBe("Certificate for 127.0.0.1 is rejected: the certificate is self-signed");
    const allowed = await runTlsExpiryProbe({ host: "127.0.0.1", port, allowSelfSigned: true });
    expect(allowed).toMatchObject({ status: "UP", details: { daysRemaining: 59 } });

    const expiredPort = await leaf({ from: -10, to: -1 }, { selfSigned: true });
    const expired = await runTlsExpiryProbe({ host: "127.0.0.1", port: expiredPort, allowSelfSigned: true });
    expect(expired).toMatchObject({ status: "DOWN", code: "TLS_EXPIRED" });
  });

  it("is DOWN when the issuing CA is not trusted", async () => {
    const port = await leaf({ from: -1, to: 60 });
    const result = await runTlsExpiryProbe({ host: "127.0.0.1", port, allowSelfSigned: true });
    expect(result).toMatchObject({ status: "DOWN", code: "TLS_UNTRUSTED" });
    expect(result.message).toContain("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
  });

  it("is DOWN when a CA in the chain has expired although the leaf is in date", async () => {
    const stale = createTestPki({ notBefore: daysFromNow(-400), notAfter: daysFromNow(-2) });
    try {
      const pair = stale.issue({
        commonName: "localhost",
        altNames: LOCAL,
        notBefore: daysFromNow(-1),
        notAfter: daysFromNow(60),
      });
      const result = await runTlsExpiryProbe({ host: "127.0.0.1", port: await serve(pair), caPem: stale.ca.cert });
      expect(result).toMatchObject({ status: "DOWN", code: "TLS_EXPIRED", details: { daysRemaining: 59 } });
      expect(result.message).toBe("Certificate for 127.0.0.1 is rejected: a certificate in its chain has expired");
    } finally {
      stale.dispose();
    }
  });

  it("reports a server that does not speak TLS", async () => {
    const plain = await startTcp((socket) => socket.once("data", () => socket.end("HTTP/1.1 400 Bad Request\r\n\r\n")));
    try {
      const result = await runTlsExpiryProbe({ host: "127.0.0.1", port: plain.port, timeoutMs: 2000 });
      expect(result).toMatchObject({ status: "DOWN", code: "TLS_HANDSHAKE_FAILED" });
      expect(result.message).toMatch(/^TLS handshake with 127\.0\.0\.1:\d+ failed/);
    } finally {
      await plain.close();
    }
  });

  it("times out on a silent server and reports refused and reset connections", async () => {
    const silent = await startTcp();
    const resetter = await startTcp((socket) => socket.once("data", () => socket.resetAndDestroy()));
    try {
      const started = performance.now();
      const hung = await runTlsExpiryProbe({ host: "127.0.0.1", port: silent.port, timeoutMs: 300 });
      expect(hung).toMatchObject({ status: "DOWN", code: "TIMEOUT" });
      expect(performance.now() - started).toBeLessThan(500);
      const reset = await runTlsExpiryProbe({ host: "127.0.0.1", port: resetter.port, timeoutMs: 2000 });
      expect(reset).toMatchObject({ status: "DOWN", code: "CONNECTION_RESET" });
      const refused = await runTlsExpiryProbe({ host: "127.0.0.1", port: await closedPort() });
      expect(refused).toMatchObject({ status: "DOWN", code: "CONNECTION_REFUSED" });
    } finally {
      await silent.close();
      await resetter.close();
    }
  });

  it("stops when the caller aborts", async () => {
    const silent = await startTcp();
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const result = await runTlsExpiryProbe(
        { host: "127.0.0.1", port: silent.port, timeoutMs: 5000 },
        controller.signal,
      );
      expect(result).toMatchObject({ status: "DOWN", code: "ABORTED" });
      expect(result.latencyMs).toBeLessThan(300);
    } finally {
      await silent.close();
    }
  });
});
