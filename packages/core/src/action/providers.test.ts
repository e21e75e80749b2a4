import type { TestDb } from "@opsdeck/db/testing";
import { startRenderServer, startStripeServer, startVercelServer } from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpstreamError } from "../errors.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { renderAutoDeploy } from "./autodeploy.ts";
import { listDeployments } from "./deployments.ts";
import { executeActionRun } from "./execute.ts";
import { getActionRun } from "./get.ts";
import { requestAction } from "./request.ts";
import { listFailedWebhooks } from "./stripe.ts";
import { createTarget, updateTarget } from "./target-write.ts";

const key = parseKey(generateKey());
const deps = { secretKey: key, env: {} };
const HOUR = 3600;

/** The same services as production, pointed at local servers that follow each provider's documented contract. */
describe("actions through Vercel, Render and Stripe", () => {
  let s: RoleSuite;
  let t: TestDb;
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
  });
  afterAll(async () => {
    await Promise.all(closers.map((c) => c()));
    await t.drop();
  });
  const target = (input: Parameters<typeof createTarget>[0]["input"]) =>
    createTarget({ db: t.db, ctx: ctxOf(s.admin), key, input });
  const run = async (targetId: string, kind: "ROLLBACK" | "REPLAY", params: Record<string, unknown> = {}) => {
    const r = await requestAction({ db: t.db, ctx: ctxOf(s.responder), deps, input: { kind, targetId, params } });
    const status = await executeActionRun({ db: t.db, runId: r.id, workerId: "w", deps });
    return { status, run: await getActionRun({ db: t.db, ctx: ctxOf(s.viewer), input: { id: r.id } }) };
  };

  it("Vercel: lists production deployments, rolls back to the previous one and says how to resume auto-assignment", async () => {
    const now = Math.floor(Date.now() / 1000);
    const server = await startVercelServer({
      token: "vercel-token-1234567890",
      teamId: "team_1",
      project: { id: "prj_shop", name: "shop", productionDeploymentId: "dpl_3" },
      deployments: [1, 2, 3].map((n) => ({
        uid: `dpl_${n}`,
        url: `shop-${n}.vercel.app`,
        created: (now - (4 - n) * HOUR) * 1000,
        state: "READY" as const,
        target: "production" as const,
        meta: {
          githubCommitSha: `${n}`.repeat(40),
          githubCommitMessage: `Release ${n}`,
          githubCommitAuthorName: "Ada",
        },
      })),
      aliasJobPolls: 1,
    });
    closers.push(() => server.close());
    const v = await target({
      name: "shop on vercel",
      kind: "VERCEL",
      config: { projectId: "prj_shop", teamId: "team_1", apiBaseUrl: server.url },
      credential: "vercel-token-1234567890",
    });
    const list = await listDeployments({ db: t.db, ctx: ctxOf(s.viewer), input: { id: v.id }, deps });
    expect(list.map((d) => [d.id, d.live])).toEqual([
      ["dpl_3", true],
      ["dpl_2", false],
      ["dpl_1", false],
    ]);
    const { status, run: r } = await run(v.id, "ROLLBACK");
    expect(status).toBe("SUCCEEDED");
    expect(r.summary).toMatch(/dpl_3 \(3333333\) → dpl_2 \(2222222\)/);
    expect(server.state.productionDeploymentId).toBe("dpl_2");
    expect(String(r.result?.notes)).toMatch(/promote/i);
    // going forward again is a promote, which turns auto-assignment back on
    const undo = await run(v.id, "ROLLBACK", { deploymentId: "dpl_3" });
    expect(undo.status, undo.run.error ?? "").toBe("SUCCEEDED");
    expect(undo.run.summary).toMatch(/^Promote on shop on vercel \(undo the rollback\): dpl_2/);
    expect(server.state.productionDeploymentId).toBe("dpl_3");
    expect(server.state.autoAssignCustomDomains).toBe(true);

    await updateTarget({
      db: t.db,
      ctx: ctxOf(s.admin),
      key,
      input: { id: v.id, credential: "wrong-token-000000000" },
    });
    await expect(listDeployments({ db: t.db, ctx: ctxOf(s.viewer), input: { id: v.id }, deps })).rejects.toBeInstanceOf(
      UpstreamError,
    );
  }, 30_000);

  it("Render: rolls back and waits until the deploy is live", async () => {
    const server = await startRenderServer({
      apiKey: "rnd_key_1234567890",
      service: { id: "srv-shop", name: "shop", autoDeploy: "yes" },
      deploys: [
        {
          id: "dep-2",
          status: "live",
          createdAt: new Date(Date.now() - HOUR * 1000).toISOString(),
          commit: { id: "b".repeat(40), message: "Two" },
        },
        {
          id: "dep-1",
          status: "deactivated",
          createdAt: new Date(Date.now() - 2 * HOUR * 1000).toISOString(),
          commit: { id: "a".repeat(40), message: "One" },
        },
      ],
      readsPerStatus: 1,
    });
    closers.push(() => server.close());
    const r = await target({
      name: "shop on render",
      kind: "RENDER",
      config: { serviceId: "srv-shop", apiBaseUrl: server.url },
      credential: "rnd_key_1234567890",
    });
    const { status, run: done } = await run(r.id, "ROLLBACK");
    expect(status).toBe("SUCCEEDED");
    expect(done.summary).toMatch(/dep-2 .* → dep-1/);
    expect(server.state.deploys.find((d) => d.status === "live")?.commit?.id).toBe("a".repeat(40));
    expect(String(done.result?.notes)).toMatch(/auto-?deploy/i);
    expect(await renderAutoDeploy({ db: t.db, ctx: ctxOf(s.viewer), input: { id: r.id }, deps })).toEqual({
      autoDeploy: true,
    });
    await expect(
      renderAutoDeploy({ db: t.db, ctx: ctxOf(s.viewer), input: { id: r.id, on: false }, deps }),
    ).rejects.toThrow(/RESPONDER/);
    expect(await renderAutoDeploy({ db: t.db, ctx: ctxOf(s.responder), input: { id: r.id, on: false }, deps })).toEqual(
      { autoDeploy: false },
    );
    expect(server.state.autoDeploy).toBe("no");
    expect(await t.db.auditLog.count({ where: { action: "target.autodeploy", targetId: r.id } })).toBe(1);
  }, 60_000);

  it("Stripe: lists failed deliveries and replays them, one result per event, past a failing one", async () => {
    const now = Math.floor(Date.now() / 1000);
    const server = await startStripeServer({
      secretKey: "sk_test_1234567890",
      events: [
        { id: "evt_1", type: "invoice.paid", created: now - 600, deliverySuccess: false },
        { id: "evt_2", type: "invoice.paid", created: now - 500, deliverySuccess: false },
        { id: "evt_3", type: "charge.refunded", created: now - 400, deliverySuccess: true },
      ],
      endpoints: [{ id: "we_1", url: "https://shop.example.com/stripe" }],
      failRetryFor: ["evt_2"],
    });
    closers.push(() => server.close());
    const st = await target({
      name: "stripe live",
      kind: "STRIPE",
      config: { apiBaseUrl: server.url },
      credential: "sk_test_1234567890",
    });
    const failed = await listFailedWebhooks({
      db: t.db,
      ctx: ctxOf(s.responder),
      input: { id: st.id, hours: 1 },
      deps,
    });
    expect(failed.events.map((e) => e.id).sort()).toEqual(["evt_1", "evt_2"]);
    expect(failed.endpoints.map((e) => e.id)).toEqual(["we_1"]);
    const { status, run: done } = await run(st.id, "REPLAY", { endpointId: "we_1", eventIds: ["evt_1", "evt_2"] });
    expect(status).toBe("SUCCEEDED");
    expect(done.result).toMatchObject({ resent: 1, failed: 1 });
    expect(server.state.retries).toEqual([{ eventId: "evt_1", endpointId: "we_1" }]);
  }, 30_000);
});
