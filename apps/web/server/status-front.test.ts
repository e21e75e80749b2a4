import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReadyBody, StatusBodies } from "../lib/status/bodies.ts";
import { serveStatus } from "./status-front.ts";

function ready(text: string, type: string): ReadyBody {
  const raw = new TextEncoder().encode(text);
  return {
    raw,
    gzip: new Uint8Array(gzipSync(raw)),
    etag: `"${type.length}-${raw.length}"`,
    headers: { "content-type": type, "cache-control": "public, max-age=10", "x-frame-options": "DENY" },
  };
}

const HTML = `<!doctype html><title>Service status</title>${"<p>All systems operational</p>".repeat(50)}`;
const bodies = {
  page: {},
  html: ready(HTML, "text/html; charset=utf-8"),
  json: ready('{"state":"operational"}', "application/json"),
} as unknown as StatusBodies;

describe("the status page's front", () => {
  let server: Server;
  let base = "";
  let failing = false;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const read = () => (failing ? Promise.reject(new Error("database away")) : Promise.resolve(bodies));
      void serveStatus(req, res, read).then((served) => {
        if (!served) res.writeHead(299, { "content-type": "text/plain" }).end("next");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("sends the cached HTML with its headers, its length and its validator", async () => {
    const res = await fetch(`${base}/status`, { headers: { "accept-encoding": "identity" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(HTML);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("etag")).toBe(bodies.html.etag);
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(Number(res.headers.get("content-length"))).toBe(bodies.html.raw.byteLength);
  });

  it("sends the gzipped bytes to a client that takes gzip, with a weak validator", async () => {
    const res = await rawGet("/status", { "accept-encoding": "gzip, deflate, br" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.etag).toBe(`W/${bodies.html.etag}`);
    expect(res.body.length).toBeLessThan(bodies.html.raw.byteLength);
    expect(gunzipSync(res.body).toString()).toBe(HTML);
  });

  it("answers 304 to either validator, and HEAD without a body", async () => {
    for (const held of [bodies.json.etag, `W/${bodies.json.etag}`, `"other", ${bodies.json.etag}`]) {
      const res = await fetch(`${base}/api/v1/status`, { headers: { "if-none-match": held } });
      expect(res.status, held).toBe(304);
      expect(await res.text()).toBe("");
    }
    expect((await fetch(`${base}/api/v1/status`, { headers: { "if-none-match": '"stale"' } })).status).toBe(200);
    const head = await fetch(`${base}/status`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("leaves every other request to Next.js: other paths, a query, other methods, and an unreadable page", async () => {
    for (const [path, method] of [
      ["/", "GET"],
      ["/status/", "GET"],
      ["/status?x=1", "GET"],
      ["/api/v1/status?format=x", "GET"],
      ["/api/v1/status", "POST"],
      ["/status", "DELETE"],
    ]) {
      const res = await fetch(`${base}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(299);
    }
    failing = true;
    try {
      expect((await fetch(`${base}/status`)).status).toBe(299);
    } finally {
      failing = false;
    }
  });

  /** fetch() decodes gzip itself: read the bytes as they came. */
  function rawGet(path: string, headers: Record<string, string>) {
    return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
  }
});
