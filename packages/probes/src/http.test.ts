import http from "node:http";
import https from "node:https";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runHttpProbe } from "./http.ts";
import { MAX_BODY_BYTES } from "./http-assertions.ts";
import { createTestPki, daysFromNow, type TestPki } from "./testing/certs.ts";
import { closedPort, type Running, start, startTcp } from "./testing/servers.ts";

let app: Running;
let base: string;
let endlessClosed: Promise<void> = Promise.resolve();

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://x");
  const send = (status: number, body: string, type = "text/plain") => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  };
  switch (url.pathname) {
    case "/ok":
      send(200, "all systems operational");
      return;
    case "/json":
      send(
        200,
        JSON.stringify({ status: "ok", checks: [{ healthy: true }, { healthy: true }], version: 3 }),
        "application/json",
      );
      return;
    case "/degraded-json":
      send(200, JSON.stringify({ status: "degraded", checks: [{ healthy: true }, { healthy: false }] }));
      return;
    case "/unavailable":
      send(503, "maintenance");
      return;
    case "/slow":
      setTimeout(() => send(200, "eventually"), 150);
      return;
    case "/echo": {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () =>
        send(
          200,
          JSON.stringify({
            method: req.method,
            token: req.headers["x-token"] ?? null,
            auth: req.headers.authorization ?? null,
            body: Buffer.concat(chunks).toString(),
          }),
          "application/json",
        ),
      );
      return;
    }
    case "/redirect": {
      const hops = Number(url.searchParams.get("hops") ?? 0);
      res.writeHead(302, { location: hops > 1 ? `/redirect?hops=${hops - 1}` : "/ok" });
      res.end();
      return;
    }
    case "/see-other":
      res.writeHead(303, { location: "/echo" });
      res.end();
      return;
    case "/loop":
      res.writeHead(301, { location: "/loop" });
      res.end();
      return;
    case "/elsewhere":
      res.writeHead(307, { location: url.searchParams.get("to") ?? "/ok" });
      res.end();
      return;
    case "/endless": {
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      endlessClosed = new Promise((resolve) => res.on("close", () => resolve()));
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) {}
        if (!res.destroyed) res.once("drain", pump);
      };
      pump();
      return;
    }
    case "/trickle": {
      res.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => res.write("."), 20);
      res.on("close", () => clearInterval(timer));
      return;
    }
    case "/cut": {
      res.writeHead(200, { "content-type": "text/plain", "content-length": "1000" });
      res.write("partial body");
      setTimeout(() => res.socket?.resetAndDestroy(), 20);
      return;
    }
    default:
      send(404, "not found");
      return;
  }
}

beforeAll(async () => {
  app = await start(http.createServer(route));
  base = `http://127.0.0.1:${app.port}`;
});
afterAll(() => app.close());

describe("runHttpProbe: responses and assertions", () => {
  it("is UP on a 2xx response and times the full response", async () => {
    const result = await runHttpProbe({ url: `${base}/ok` });
    expect(result.status).toBe("UP");
    expect(result.code).toBeUndefined();
    expect(result.message).toMatch(/^HTTP 200 OK in \d+ ms$/);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.latencyMs).toBeLessThan(1000);
    expect(result.details).toMatchObject({ statusCode: 200, redirects: 0, bodyBytes: 23, bodyTruncated: false });
  });

  it("is DOWN with ASSERTION_STATUS when the status is not expected", async () => {
    const result = await runHttpProbe({ url: `${base}/unavailable` });
    expect(result).toMatchObject({ status: "DOWN", code: "ASSERTION_STATUS" });
    expect(result.message).toBe("Expected status 200-299 but got 503 Service Unavailable");
  });

  it("accepts listed codes and ranges", async () => {
    expect((await runHttpProbe({ url: `${base}/unavailable`, expectedStatus: [200, "500-503"] })).status).toBe("UP");
    expect((await runHttpProbe({ url: `${base}/missing`, expectedStatus: ["4xx"] })).status).toBe("UP");
    const wrong = await runHttpProbe({ url: `${base}/ok`, expectedStatus: [204, "300-399"] });
    expect(wrong.message).toBe("Expected status 204, 300-399 but got 200 OK");
  });

  it("checks keywords that must and must not appear", async () => {
    expect((await runHttpProbe({ url: `${base}/ok`, bodyContains: "operational" })).status).toBe("UP");
    const missing = await runHttpProbe({ url: `${base}/ok`, bodyContains: "healthy" });
    expect(missing).toMatchObject({ status: "DOWN", code: "ASSERTION_KEYWORD_MISSING" });
    expect(missing.message).toBe('Keyword "healthy" not found in the response body');
    const present = await runHttpProbe({
      url: `${base}/unavailable`,
      expectedStatus: [503],
      bodyNotContains: "maintenance",
    });
    expect(present).toMatchObject({ status: "DOWN", code: "ASSERTION_KEYWORD_PRESENT" });
    expect(present.message).toBe('Forbidden keyword "maintenance" found in the response body');
  });

  it("checks a body regex, with flags", async () => {
    expect((await runHttpProbe({ url: `${base}/ok`, bodyRegex: "^ALL SYSTEMS", bodyRegexFlags: "i" })).status).toBe(
      "UP",
    );
    const result = await runHttpProbe({ url: `${base}/ok`, bodyRegex: "^ALL SYSTEMS" });
    expect(result).toMatchObject({
      status: "DOWN",
      code: "ASSERTION_REGEX",
      message: "Response body does not match /^ALL SYSTEMS/",
    });
  });

  it("checks a JSON path against an expected value", async () => {
    const ok = await runHttpProbe({ url: `${base}/json`, jsonPath: { path: "$.status", equals: "ok" } });
    expect(ok.status).toBe("UP");
    const all = await runHttpProbe({ url: `${base}/json`, jsonPath: { path: "$.checks[*].healthy", equals: true } });
    expect(all.status).toBe("UP");
    const number = await runHttpProbe({ url: `${base}/json`, jsonPath: { path: "$.version", equals: "3" } });
    expect(number).toMatchObject({
      status: "DOWN",
      code: "ASSERTION_JSON_PATH",
      message: 'JSON path $.version is 3, expected "3"',
    });
    const some = await runHttpProbe({
      url: `${base}/degraded-json`,
      jsonPath: { path: "$.checks[*].healthy", equals: true },
    });
    expect(some.message).toBe("JSON path $.checks[*].healthy is false, expected true");
    const none = await runHttpProbe({ url: `${base}/json`, jsonPath: { path: "$.nothing", equals: 1 } });
    expect(none.message).toBe("JSON path $.nothing matched nothing in the response");
    const notJson = await runHttpProbe({ url: `${base}/ok`, jsonPath: { path: "$.status", equals: "ok" } });
    expect(notJson).toMatchObject({
      code: "ASSERTION_JSON_PATH",
      message: "Response body is not valid JSON, so $.status could not be checked",
    });
  });

  it("reports every failed assertion in details and the first in the message", async () => {
    const result = await runHttpProbe({ url: `${base}/unavailable`, bodyContains: "up" });
    expect(result.code).toBe("ASSERTION_STATUS");
    expect(result.details?.failures).toEqual([
      "Expected status 200-299 but got 503 Service Unavailable",
      'Keyword "up" not found in the response body',
    ]);
  });

  it("sends the method, headers and body", async () => {
    const result = await runHttpProbe({
      url: `${base}/echo`,
      method: "POST",
      headers: { "X-Token": "t0k" },
      body: "ping=1",
      jsonPath: { path: "$", equals: { method: "POST", token: "t0k", auth: null, body: "ping=1" } },
    });
    expect(result.message).toMatch(/^HTTP 200/);
    expect(result.status).toBe("UP");
  });

  it("is DEGRADED above the latency threshold", async () => {
    const result = await runHttpProbe({ url: `${base}/slow`, degradedAboveMs: 50 });
    expect(result).toMatchObject({ status: "DEGRADED", code: "SLOW_RESPONSE" });
    expect(result.latencyMs).toBeGreaterThanOrEqual(140);
    expect(result.message).toBe(`Slow response: ${result.latencyMs} ms, above the 50 ms threshold`);
    expect((await runHttpProbe({ url: `${base}/slow`, degradedAboveMs: 5000 })).status).toBe("UP");
  });

  it("keeps URL credentials out of results while sending them as Basic auth", async () => {
    const result = await runHttpProbe({
      url: `http://probe:s3cret@127.0.0.1:${app.port}/echo`,
      jsonPath: { path: "$.auth", equals: `Basic ${Buffer.from("probe:s3cret").toString("base64")}` },
    });
    expect(result.status).toBe("UP");
    expect(result.details?.url).toBe(`${base}/echo`);
  });

  it("returns INVALID_CONFIG without touching the network", async () => {
    const result = await runHttpProbe({ url: "not a url", bodyRegex: "(" });
    expect(result).toMatchObject({ status: "DOWN", code: "INVALID_CONFIG", latencyMs: 0 });
    expect(result.message).toContain("url: Invalid URL");
    expect(result.message).toContain("bodyRegex: Regex does not compile");
  });
});

describe("runHttpProbe: redirects", () => {
  it("follows redirects and reports the final URL", async () => {
    const result = await runHttpProbe({ url: `${base}/redirect?hops=3`, bodyContains: "operational" });
    expect(result.status).toBe("UP");
    expect(result.details).toMatchObject({ redirects: 3, url: `${base}/ok`, statusCode: 200 });
  });

  it("evaluates the redirect itself when not following", async () => {
    const result = await runHttpProbe({ url: `${base}/redirect?hops=1`, followRedirects: false });
    expect(result).toMatchObject({
      status: "DOWN",
      code: "ASSERTION_STATUS",
      message: "Expected status 200-299 but got 302 Found",
    });
    const accepted = await runHttpProbe({
      url: `${base}/redirect?hops=1`,
      followRedirects: false,
      expectedStatus: [302],
    });
    expect(accepted.status).toBe("UP");
  });

  it("stops after 5 redirects", async () => {
    const result = await runHttpProbe({ url: `${base}/loop` });
    expect(result).toMatchObject({
      status: "DOWN",
      code: "TOO_MANY_REDIRECTS",
      message: "More than 5 redirects, last to /loop",
    });
    expect(result.details).toMatchObject({ redirects: 5 });
  });

  it("turns a POST into a bodiless GET on 303", async () => {
    const result = await runHttpProbe({
      url: `${base}/see-other`,
      method: "POST",
      body: "x=1",
      jsonPath: { path: "$", equals: { method: "GET", token: null, auth: null, body: "" } },
    });
    expect(result.status).toBe("UP");
  });

  it("drops credentials when redirected to another origin, keeps them on the same origin", async () => {
    const other = await start(http.createServer(route));
    try {
      const cross = await runHttpProbe({
        url: `${base}/elsewhere?to=${encodeURIComponent(`http://127.0.0.1:${other.port}/echo`)}`,
        headers: { Authorization: "Bearer secret", "X-Token": "kept" },
        jsonPath: { path: "$.auth", equals: null },
      });
      expect(cross.status).toBe("UP");
      const same = await runHttpProbe({
        url: `${base}/elsewhere?to=/echo`,
        headers: { Authorization: "Bearer secret" },
        jsonPath: { path: "$.auth", equals: "Bearer secret" },
      });
      expect(same.status).toBe("UP");
    } finally {
      await other.close();
    }
  });
});

describe("runHttpProbe: misbehaving targets", () => {
  it("caps an endless body at 1 MiB, closes the connection and still evaluates", async () => {
    const started = performance.now();
    const result = await runHttpProbe({ url: `${base}/endless`, bodyContains: "a", timeoutMs: 5000 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.status).toBe("UP");
    expect(result.details).toMatchObject({ bodyBytes: MAX_BODY_BYTES, bodyTruncated: true });
    await endlessClosed;

    const missing = await runHttpProbe({ url: `${base}/endless`, bodyContains: "b", timeoutMs: 5000 });
    expect(missing).toMatchObject({ status: "DOWN", code: "ASSERTION_KEYWORD_MISSING" });
    expect(missing.message).toContain("only the first 1 MiB of the body was read");

    const json = await runHttpProbe({ url: `${base}/endless`, jsonPath: { path: "$.a", equals: 1 }, timeoutMs: 5000 });
    expect(json).toMatchObject({ status: "DOWN", code: "BODY_TOO_LARGE" });
  });

  it("times out on a body that trickles forever", async () => {
    const started = performance.now();
    const result = await runHttpProbe({ url: `${base}/trickle`, timeoutMs: 300 });
    const took = performance.now() - started;
    expect(result).toMatchObject({ status: "DOWN", code: "TIMEOUT" });
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(500);
  });

  it("times out on a target that accepts and never answers", async () => {
    const silent = await startTcp();
    try {
      const started = performance.now();
      const result = await runHttpProbe({ url: `http://127.0.0.1:${silent.port}/`, timeoutMs: 300 });
      const took = performance.now() - started;
      expect(result).toMatchObject({ status: "DOWN", code: "TIMEOUT" });
      expect(result.message).toBe(`No answer from 127.0.0.1:${silent.port} within 300 ms`);
      expect(result.latencyMs).toBeGreaterThanOrEqual(290);
      expect(took).toBeLessThan(500);
    } finally {
      await silent.close();
    }
  });

  it("reports a connection reset before the response", async () => {
    const resetter = await startTcp((socket) => socket.once("data", () => socket.resetAndDestroy()));
    try {
      const result = await runHttpProbe({ url: `http://127.0.0.1:${resetter.port}/`, timeoutMs: 2000 });
      expect(result).toMatchObject({ status: "DOWN", code: "CONNECTION_RESET" });
      expect(result.message).toBe(`Connection reset by 127.0.0.1:${resetter.port} before a complete response`);
    } finally {
      await resetter.close();
    }
  });

  it("reports a connection reset in the middle of the body", async () => {
    const result = await runHttpProbe({ url: `${base}/cut`, timeoutMs: 2000 });
    expect(result).toMatchObject({ status: "DOWN", code: "CONNECTION_RESET" });
  });

  it("reports a refused connection", async () => {
    const port = await closedPort();
    const result = await runHttpProbe({ url: `http://127.0.0.1:${port}/` });
    expect(result).toMatchObject({ status: "DOWN", code: "CONNECTION_REFUSED" });
    expect(result.message).toBe(`Connection refused by 127.0.0.1:${port}: nothing is listening there`);
  });

  it("reports a response that is not HTTP", async () => {
    const garbage = await startTcp((socket) => socket.once("data", () => socket.end("SSH-2.0-OpenSSH_9.6\r\n\r\n")));
    try {
      const result = await runHttpProbe({ url: `http://127.0.0.1:${garbage.port}/`, timeoutMs: 2000 });
      expect(result).toMatchObject({ status: "DOWN", code: "PROTOCOL_ERROR" });
    } finally {
      await garbage.close();
    }
  });

  it("stops when the caller aborts", async () => {
    const silent = await startTcp();
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const started = performance.now();
      const result = await runHttpProbe(
        { url: `http://127.0.0.1:${silent.port}/`, timeoutMs: 5000 },
        controller.signal,
      );
      expect(result).toMatchObject({ status: "DOWN", code: "ABORTED" });
      expect(performance.now() - started).toBeLessThan(300);
      const already = await runHttpProbe({ url: `${base}/ok` }, AbortSignal.abort());
      expect(already).toMatchObject({ status: "DOWN", code: "ABORTED" });
    } finally {
      await silent.close();
    }
  });
});

describe("runHttpProbe: TLS", () => {
  let pki: TestPki;
  const servers: Running[] = [];
  const httpsUrl = async (pair: { key: string; cert: string }) => {
    const server = await start(https.createServer(pair, (_req, res) => res.end("secure")));
    servers.push(server);
    return `https://127.0.0.1:${server.port}/`;
  };
  const ip = ["DNS:localhost", "IP:127.0.0.1"];

  beforeAll(() => {
    pki = createTestPki();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    pki.dispose();
  });

  it("accepts a certificate from a trusted CA", async () => {
    const url = await httpsUrl(
      pki.issue({ commonName: "localhost", altNames: ip, notBefore: daysFromNow(-1), notAfter: daysFromNow(90) }),
    );
    expect((await runHttpProbe({ url, caPem: pki.ca.cert, bodyContains: "secure" })).status).toBe("UP");
  });

  it("rejects a self-signed certificate unless verification is off", async () => {
    const url = await httpsUrl(
      pki.issue({
        commonName: "localhost",
        altNames: ip,
        notBefore: daysFromNow(-1),
        notAfter: daysFromNow(90),
        selfSigned: true,
      }),
    );
    const result = await runHttpProbe({ url });
    expect(result).toMatchObject({ status: "DOWN", code: "TLS_SELF_SIGNED" });
    expect(result.message).toContain("the certificate is self-signed");
    expect((await runHttpProbe({ url, verifyTls: false })).status).toBe("UP");
  });

  it("rejects an expired certificate", async () => {
    const url = await httpsUrl(
      pki.issue({ commonName: "localhost", altNames: ip, notBefore: daysFromNow(-30), notAfter: daysFromNow(-1) }),
    );
    const result = await runHttpProbe({ url, caPem: pki.ca.cert });
    expect(result).toMatchObject({ status: "DOWN", code: "TLS_EXPIRED" });
    expect(result.message).toContain("the certificate has expired");
  });

  it("rejects a certificate for another host name", async () => {
    const url = await httpsUrl(
      pki.issue({
        commonName: "other.example",
        altNames: ["DNS:other.example"],
        notBefore: daysFromNow(-1),
        notAfter: daysFromNow(90),
      }),
    );
    const result = await runHttpProbe({ url, caPem: pki.ca.cert });
    expect(result).toMatchObject({ status: "DOWN", code: "TLS_HOSTNAME_MISMATCH" });
    expect(result.message).toContain("127.0.0.1 is not in the cert's list");
  });
});
