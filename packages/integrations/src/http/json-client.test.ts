import { afterEach, describe, expect, it } from "vitest";
import { type ContractServer, type Reply, startContractServer } from "../testing/contract-server.ts";
import { createJsonClient } from "./json-client.ts";
import type { RateLimitWait } from "./rate-limit-wait.ts";

let server: ContractServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(replies: (Reply | "hang")[]) {
  let i = 0;
  server = await startContractServer({
    handle: async () => {
      const reply = replies[Math.min(i++, replies.length - 1)] ?? { status: 200 };
      if (reply === "hang") await new Promise((r) => setTimeout(r, 1_000));
      return reply === "hang" ? { status: 200, body: {} } : reply;
    },
    rateLimited: () => ({ status: 429 }),
  });
  return server;
}

function client(url: string, waits: RateLimitWait[] = []) {
  return createJsonClient({
    service: "Example",
    baseUrl: `${url}/`,
    authorization: "Bearer secret",
    errorMessage: (body) => (body as { message?: string } | null)?.message ?? null,
    timeoutMs: 200,
    backoff: { baseMs: 100, maxMs: 1000 },
    random: () => 1,
    sleep: async () => {},
    onWait: (w) => void waits.push(w),
  });
}

describe("createJsonClient", () => {
  it("sends the bearer token and the query, and returns the parsed body", async () => {
    const s = await serve([{ status: 200, body: { ok: true } }]);
    expect(await client(s.url).request("GET", "/things", { query: { q: "a b", n: 2 } })).toEqual({ ok: true });
    expect(s.calls[0]?.headers.authorization).toBe("Bearer secret");
    expect(s.calls[0]?.query.toString()).toBe("q=a+b&n=2");
  });

  it("backs off exponentially on a 429 without hints and retries a GET on 503", async () => {
    const waits: RateLimitWait[] = [];
    const s = await serve([{ status: 429 }, { status: 429 }, { status: 503 }, { status: 200, body: 1 }]);
    expect(await client(s.url, waits).request("GET", "/x")).toBe(1);
    expect(waits.map((w) => [w.status, w.waitMs, w.source])).toEqual([
      [429, 100, "backoff"],
      [429, 200, "backoff"],
      [503, 400, "backoff"],
    ]);
  });

  it("does not repeat a POST the provider failed with 503", async () => {
    const s = await serve([{ status: 503, body: { message: "down for maintenance" } }]);
    await expect(client(s.url).request("POST", "/x", { json: {} })).rejects.toMatchObject({
      status: 503,
      retryable: true,
      message: "Example refused POST /x (HTTP 503): down for maintenance.",
    });
    expect(s.calls).toHaveLength(1);
  });

  it("times out with a retryable error", async () => {
    const s = await serve(["hang"]);
    await expect(client(s.url).request("POST", "/slow")).rejects.toMatchObject({
      status: null,
      retryable: true,
      message: "Example did not answer POST /slow within 0.2 s",
    });
  });

  it("rejects with the caller's abort reason", async () => {
    const s = await serve(["hang"]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stopped")), 20);
    await expect(client(s.url).request("GET", "/slow", { signal: controller.signal })).rejects.toThrow("stopped");
  });

  it("reports an unreachable provider as retryable", async () => {
    await expect(client("http://127.0.0.1:9").request("GET", "/x")).rejects.toMatchObject({
      status: null,
      retryable: true,
    });
  });
});
