import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RateLimitWait } from "../../http/rate-limit-wait.ts";
import { recordingIo } from "../../run-io.ts";
import { startVercelServer, type VercelServer } from "../../testing/vercel-server.ts";
import { ProviderError } from "../types.ts";
import { vercelProvider } from "./provider.ts";

const TOKEN = "vercel-secret-token";
const T0 = Date.parse("2026-11-20T10:00:00Z");
const gh = (n: number) => ({
  githubCommitSha: `sha${n}`,
  githubCommitMessage: `change ${n}`,
  githubCommitAuthorName: `dev${n}`,
});

let server: VercelServer;
let waits: RateLimitWait[];

beforeEach(async () => {
  waits = [];
  server = await startVercelServer({
    token: TOKEN,
    teamId: "team_ops",
    project: { id: "prj_shop", name: "shop", productionDeploymentId: "dpl_5" },
    maxPageSize: 2,
    deployments: [
      ...[1, 2, 3, 4, 5].map((n) => ({
        uid: `dpl_${n}`,
        url: `shop-${n}.vercel.app`,
        created: T0 + n * 60_000,
        target: "production" as const,
        meta: gh(n),
      })),
      {
        uid: "dpl_gitlab",
        url: "shop-gl.vercel.app",
        created: T0,
        target: "production",
        meta: { gitlabCommitSha: "glsha", gitlabCommitMessage: "from gitlab", gitlabCommitAuthorName: "gl" },
      },
      { uid: "dpl_broken", url: "shop-x.vercel.app", created: T0 + 400_000, target: "production", state: "ERROR" },
      { uid: "dpl_preview", url: "shop-p.vercel.app", created: T0 + 500_000, target: null },
    ],
  });
});
afterEach(() => server.close());

function provider(overrides: Partial<Parameters<typeof vercelProvider>[0]> = {}) {
  return vercelProvider({
    token: TOKEN,
    projectId: "prj_shop",
    teamId: "team_ops",
    baseUrl: server.url,
    pollMs: 1,
    http: { sleep: async () => {}, onWait: (w) => void waits.push(w) },
    ...overrides,
  });
}

describe("vercelProvider", () => {
  it("lists ready production deployments newest first across pages, with commit details", async () => {
    const list = await provider().list({ limit: 5 });

    expect(list.map((d) => d.id)).toEqual(["dpl_5", "dpl_4", "dpl_3", "dpl_2", "dpl_1"]);
    expect(list[0]).toEqual({
      id: "dpl_5",
      commit: "sha5",
      message: "change 5",
      author: "dev5",
      createdAt: new Date(T0 + 300_000).toISOString(),
      state: "READY",
      live: true,
      url: "https://shop-5.vercel.app",
    });
    expect(list.filter((d) => d.live)).toHaveLength(1);
    const pages = server.calls.filter((c) => c.path === "/v6/deployments");
    expect(pages).toHaveLength(3);
    expect(pages[0]?.query.get("until")).toBeNull();
    expect(pages[1]?.query.get("until")).toBe(String(T0 + 240_000));
    for (const call of server.calls) expect(call.query.get("teamId")).toBe("team_ops");
    expect(Object.fromEntries(pages[0]?.query ?? [])).toMatchObject({
      projectId: "prj_shop",
      target: "production",
      state: "READY",
      limit: "5",
    });
  });

  it("maps GitLab commit metadata", async () => {
    const list = await provider().list({ limit: 10 });
    expect(list.at(-1)).toMatchObject({ id: "dpl_gitlab", commit: "glsha", message: "from gitlab", author: "gl" });
  });

  it("reports the production deployment as current", async () => {
    expect(await provider().current()).toMatchObject({ id: "dpl_5", live: true, commit: "sha5" });
  });

  it("rolls back, follows the alias job to success and says how to resume auto-assignment", async () => {
    const io = recordingIo();
    const result = await provider().rollback("dpl_3", io);

    expect(result.from).toMatchObject({ id: "dpl_5", live: false });
    expect(result.to).toMatchObject({ id: "dpl_3", live: true, commit: "sha3" });
    expect(result.notes.join(" ")).toMatch(/stops assigning new production deployments/);
    expect(result.notes.join(" ")).toMatch(/promote/i);
    expect(io.fractions.at(-1)).toBe(1);
    expect(io.lines).toContain("Vercel rollback job for dpl_3: in-progress");
    expect(io.lines).toContain("Vercel rollback job for dpl_3: succeeded");
    expect(server.calls.some((c) => c.method === "POST" && c.path === "/v1/projects/prj_shop/rollback/dpl_3")).toBe(
      true,
    );
    expect(server.state.autoAssignCustomDomains).toBe(false);
    expect(await provider().current()).toMatchObject({ id: "dpl_3" });
  });

  it("fails the rollback when Vercel's alias job fails", async () => {
    server.state.failAliasJobs = true;
    const io = recordingIo();
    const err = await provider()
      .rollback("dpl_3", io)
      .catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).message).toMatch(/rollback to dpl_3 failed/);
    expect(io.lines).toContain("Vercel rollback job for dpl_3: failed");
    expect(await provider().current()).toMatchObject({ id: "dpl_5" });
  });

  it("refuses a rollback to a deployment that is not ready, with Vercel's message", async () => {
    await expect(provider().rollback("dpl_broken", recordingIo())).rejects.toThrow(
      /Vercel refused POST \/v1\/projects\/prj_shop\/rollback\/dpl_broken \(HTTP 400\): Deployment dpl_broken is not ready/,
    );
  });

  it("promotes to undo a rollback and turns auto-assignment back on", async () => {
    const vercel = provider();
    await vercel.rollback("dpl_2", recordingIo());
    const result = await vercel.promote("dpl_5", recordingIo());

    expect(result.to).toMatchObject({ id: "dpl_5", live: true });
    expect(result.from).toMatchObject({ id: "dpl_2" });
    expect(server.calls.some((c) => c.method === "POST" && c.path === "/v10/projects/prj_shop/promote/dpl_5")).toBe(
      true,
    );
    expect(server.state.autoAssignCustomDomains).toBe(true);
  });

  it("waits as long as Retry-After asks on a 429, then succeeds", async () => {
    server.rateLimitNext(1, { retryAfter: "2" });
    const current = await provider().current();

    expect(current?.id).toBe("dpl_5");
    expect(waits).toEqual([
      expect.objectContaining({
        status: 429,
        waitMs: 2000,
        source: "retry-after",
        retry: 1,
        path: "/v9/projects/prj_shop",
      }),
    ]);
  });

  it("falls back to X-RateLimit-Reset when there is no Retry-After", async () => {
    server.rateLimitNext(1);
    await provider().current();
    expect(waits[0]?.source).toBe("reset-header");
    expect(waits[0]?.waitMs).toBeGreaterThan(0);
    expect(waits[0]?.waitMs).toBeLessThanOrEqual(2000);
  });

  it("gives up after the bounded retries with a retryable error", async () => {
    server.rateLimitNext(10, { retryAfter: "1" });
    const err = await provider({ http: { sleep: async () => {}, maxRetries: 2 } })
      .current()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 429, retryable: true });
    expect((err as Error).message).toMatch(
      /kept rate-limiting GET \/v9\/projects\/prj_shop \(HTTP 429\): Rate limit exceeded/,
    );
  });

  it("turns a bad token into a readable message that does not repeat the token", async () => {
    const err = await provider({ token: "wrong-token" })
      .list()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).status).toBe(403);
    expect((err as Error).message).toMatch(
      /Vercel refused GET \/v9\/projects\/prj_shop \(HTTP 403\): Not authorized \[forbidden\]\. Check the API token/,
    );
    expect((err as Error).message).not.toContain("wrong-token");
  });

  it("cannot see a team project without teamId", async () => {
    await expect(provider({ teamId: undefined }).current()).rejects.toMatchObject({ status: 404 });
  });

  it("stops when the run is cancelled", async () => {
    const controller = new AbortController();
    controller.abort(new Error("run cancelled"));
    await expect(provider().rollback("dpl_3", recordingIo(controller.signal))).rejects.toThrow("run cancelled");
    expect(server.calls.filter((c) => c.method === "POST")).toHaveLength(0);
  });

  it("stops following the alias job when the run is cancelled mid-way", async () => {
    const controller = new AbortController();
    server.state.aliasJobPolls = 1000;
    const io = recordingIo(controller.signal);
    const vercel = provider({ pollMs: 5, http: {} });
    const running = vercel.rollback("dpl_3", io);
    setTimeout(() => controller.abort(new Error("run cancelled")), 50);
    await expect(running).rejects.toThrow("run cancelled");
  });
});
