import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RateLimitWait } from "../../http/rate-limit-wait.ts";
import { recordingIo } from "../../run-io.ts";
import { type RenderServer, startRenderServer } from "../../testing/render-server.ts";
import { ProviderError } from "../types.ts";
import { renderProvider } from "./provider.ts";

const KEY = "rnd_secret_key";
let server: RenderServer;
let waits: RateLimitWait[];

const at = (n: number) => new Date(Date.UTC(2026, 10, 20, 10, n)).toISOString();

beforeEach(async () => {
  waits = [];
  server = await startRenderServer({
    apiKey: KEY,
    service: { id: "srv-api", name: "api", autoDeploy: "yes", branch: "main" },
    deploys: [
      { id: "dep-1", status: "deactivated", createdAt: at(1), commit: { id: "c1", message: "first" } },
      { id: "dep-2", status: "deactivated", createdAt: at(2), commit: { id: "c2", message: "second" } },
      { id: "dep-3", status: "build_failed", createdAt: at(3), commit: { id: "c3", message: "broken build" } },
      { id: "dep-4", status: "live", createdAt: at(4), commit: { id: "c4", message: "bad change" } },
      { id: "dep-5", status: "canceled", createdAt: at(5), commit: { id: "c5", message: "cancelled" } },
    ],
  });
});
afterEach(() => server.close());

function provider(overrides: Partial<Parameters<typeof renderProvider>[0]> = {}) {
  return renderProvider({
    apiKey: KEY,
    serviceId: "srv-api",
    baseUrl: server.url,
    pollMs: 1,
    http: { sleep: async () => {}, onWait: (w) => void waits.push(w) },
    ...overrides,
  });
}

describe("renderProvider", () => {
  it("lists deploys newest first with commit details", async () => {
    const list = await provider().list({ limit: 4 });
    expect(list.map((d) => d.id)).toEqual(["dep-5", "dep-4", "dep-3", "dep-2"]);
    expect(list[1]).toEqual({
      id: "dep-4",
      commit: "c4",
      message: "bad change",
      author: null,
      createdAt: at(4),
      state: "live",
      live: true,
      url: null,
    });

    const all = await renderProvider({ apiKey: KEY, serviceId: "srv-api", baseUrl: server.url }).list({ limit: 150 });
    expect(all).toHaveLength(5);
  });

  it("pages with the cursor of the last row past Render's 100-row limit", async () => {
    const many = await startRenderServer({
      apiKey: KEY,
      service: { id: "srv-big", name: "big", autoDeploy: "no" },
      deploys: Array.from({ length: 105 }, (_, i) => ({
        id: `dep-${String(i).padStart(3, "0")}`,
        status: i === 104 ? ("live" as const) : ("deactivated" as const),
        createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      })),
    });
    try {
      const list = await renderProvider({ apiKey: KEY, serviceId: "srv-big", baseUrl: many.url }).list({ limit: 103 });
      expect(list).toHaveLength(103);
      expect(list[0]?.id).toBe("dep-104");
      expect(list.at(-1)?.id).toBe("dep-002");
      expect(new Set(list.map((d) => d.id)).size).toBe(103);
      const [first, second] = many.calls;
      expect(first?.query.get("limit")).toBe("100");
      expect(first?.query.get("cursor")).toBeNull();
      expect(second?.query.get("limit")).toBe("3");
      expect(second?.query.get("cursor")).toBe(Buffer.from("dep-005").toString("base64url"));
    } finally {
      await many.close();
    }
  });

  it("finds the live deploy as current", async () => {
    expect(await provider().current()).toMatchObject({ id: "dep-4", live: true });
    expect(server.calls.at(-1)?.query.get("status")).toBe("live");
  });

  it("rolls back, follows the new deploy to live and recommends switching auto-deploy off", async () => {
    const io = recordingIo();
    const result = await provider().rollback("dep-2", io);

    expect(result.from).toMatchObject({ id: "dep-4", live: false });
    expect(result.to).toMatchObject({ id: "dep-rollback-1", commit: "c2", state: "live", live: true });
    expect(result.notes.join(" ")).toMatch(/Auto-deploy is still on for api: the next push to main deploys again/);
    const post = server.calls.find((c) => c.method === "POST");
    expect(post?.path).toBe("/v1/services/srv-api/rollback");
    expect(JSON.parse(post?.body ?? "{}")).toEqual({ deployId: "dep-2" });
    expect(io.lines).toEqual(
      expect.arrayContaining([
        "Render deploy dep-rollback-1: build_in_progress",
        "Render deploy dep-rollback-1: update_in_progress",
        "Render deploy dep-rollback-1: live",
      ]),
    );
    expect(io.fractions.at(-1)).toBe(1);
    expect(server.state.deploys.find((d) => d.id === "dep-4")?.status).toBe("deactivated");
    expect(await provider().current()).toMatchObject({ id: "dep-rollback-1" });
  });

  it("fails the rollback when the new deploy fails", async () => {
    server.state.failRollbacks = true;
    const err = await provider()
      .rollback("dep-2", recordingIo())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as Error).message).toMatch(/rollback deploy dep-rollback-1 ended update_failed/);
    expect(await provider().current()).toMatchObject({ id: "dep-4" });
  });

  it("refuses to roll back to a deploy that never succeeded, with Render's message", async () => {
    await expect(provider().rollback("dep-3", recordingIo())).rejects.toThrow(
      /Render refused POST \/v1\/services\/srv-api\/rollback \(HTTP 400\): can only roll back to a deploy that succeeded/,
    );
  });

  it("reads and switches auto-deploy", async () => {
    const render = provider();
    expect(await render.getAutoDeploy()).toBe(true);
    expect(await render.setAutoDeploy(false)).toBe(false);
    expect(server.state.autoDeploy).toBe("no");
    const patch = server.calls.find((c) => c.method === "PATCH");
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({ autoDeploy: "no" });
    expect(patch?.headers["content-type"]).toBe("application/json");

    const result = await render.rollback("dep-2", recordingIo());
    expect(result.notes.join(" ")).toMatch(/Auto-deploy is off for api: switch it back on/);
  });

  it("honours Retry-After as an HTTP date on a 429", async () => {
    const when = new Date(Date.now() + 3_000).toUTCString();
    server.rateLimitNext(1, { retryAfter: when });
    expect(await provider().current()).toMatchObject({ id: "dep-4" });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatchObject({ source: "retry-after", status: 429 });
    expect(waits[0]?.waitMs).toBeGreaterThan(1_000);
    expect(waits[0]?.waitMs).toBeLessThanOrEqual(3_000);
  });

  it("logs rate-limit waits during a rollback to the run", async () => {
    const render = provider({ http: { sleep: async () => {} } });
    const io = recordingIo();
    const running = render.rollback("dep-2", io);
    server.rateLimitNext(1, { retryAfter: "1" });
    await running;
    expect(
      io.lines.some((l) =>
        /^Render rate-limited (GET|POST) \/v1\/services\/srv-api.*waiting 1\.0 s as Retry-After asks, retry 1 of 3$/.test(
          l,
        ),
      ),
    ).toBe(true);
  });

  it("reports a bad API key as Render's 401", async () => {
    const err = await provider({ apiKey: "rnd_wrong" })
      .current()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401 });
    expect((err as Error).message).toBe(
      "Render refused GET /v1/services/srv-api/deploys (HTTP 401): unauthorized. Check the API token and its access to this resource.",
    );
  });

  it("stops when the run is cancelled", async () => {
    const controller = new AbortController();
    server.state.readsPerStatus = 1000;
    const running = provider({ pollMs: 5, http: {} }).rollback("dep-2", recordingIo(controller.signal));
    setTimeout(() => controller.abort(new Error("run cancelled")), 50);
    await expect(running).rejects.toThrow("run cancelled");
  });
});
