import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { requestAction } from "@opsdeck/core/action/request";
import { createTarget, updateTarget } from "@opsdeck/core/action/target-write";
import { ctxOf, type TestUser } from "@opsdeck/core/testing";
import type { TestDb } from "@opsdeck/db/testing";
import { createDemoReleases } from "@opsdeck/integrations";
import { startRenderServer, startSlackServer, startStripeServer } from "@opsdeck/integrations/testing/index";

type Db = TestDb["db"];

/**
 * What action routes act on while the API is fuzzed: a releases directory, local Render and Stripe
 * servers that follow their contracts, a Slack receiver for notification channels, and a Postgres
 * target (never backed up: no worker runs).
 */
export async function startFuzzProviders() {
  const root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-fuzz-releases-"));
  await createDemoReleases(root);
  const render = await startRenderServer({
    apiKey: "rnd_fuzz_key",
    service: { id: "srv-fuzz", name: "fuzz", autoDeploy: "yes" },
    deploys: [
      {
        id: "dep-fuzz-1",
        status: "live",
        createdAt: new Date().toISOString(),
        commit: { id: "a".repeat(40), message: "Fuzz" },
      },
    ],
  });
  const now = Math.floor(Date.now() / 1000);
  const stripe = await startStripeServer({
    secretKey: "sk_test_fuzz",
    events: [{ id: "evt_fuzz1", type: "invoice.paid", created: now - 60, deliverySuccess: false }],
    endpoints: [{ id: "we_fuzz", url: "https://example.test/stripe" }],
  });
  // Where the fuzz notification channel posts, so a channel test can succeed.
  const slack = await startSlackServer();
  return {
    root,
    render,
    stripe,
    slack,
    async stop() {
      await Promise.all([render.close(), stripe.close(), slack.close()]);
      await rm(root, { recursive: true, force: true });
    },
  };
}
export type FuzzProviders = Awaited<ReturnType<typeof startFuzzProviders>>;

const LIVE = ["AWAITING_APPROVAL", "QUEUED", "RUNNING"] as const;
/** When each fuzz target's credential was last written by replenishTargets (undefined: it has none). */
const credentialSetAt = new Map<string, number | undefined>();

/**
 * Keep one target of each kind named "fuzz …" (deletes among the requests remove them), each free of
 * live runs so a request can succeed, plus runs for approve and cancel to find: one awaiting a second
 * person's approval on "fuzz approval" and one queued on "fuzz queue".
 */
export async function replenishTargets(
  db: Db,
  admin: TestUser,
  requester: TestUser,
  key: Buffer,
  p: FuzzProviders,
): Promise<void> {
  const ctx = ctxOf(admin);
  const wanted = [
    { name: "fuzz releases", kind: "RELEASES" as const, config: { root: p.root } },
    { name: "fuzz approval", kind: "RELEASES" as const, config: { root: p.root }, requireApproval: true },
    { name: "fuzz queue", kind: "RELEASES" as const, config: { root: p.root } },
    {
      name: "fuzz postgres",
      kind: "POSTGRES" as const,
      config: { storageDir: path.join(p.root, "backups") },
      credential: "postgresql://fuzz@127.0.0.1:9/shop",
    },
    {
      name: "fuzz render",
      kind: "RENDER" as const,
      config: { serviceId: "srv-fuzz", apiBaseUrl: p.render.url },
      credential: "rnd_fuzz_key",
    },
    { name: "fuzz stripe", kind: "STRIPE" as const, config: { apiBaseUrl: p.stripe.url }, credential: "sk_test_fuzz" },
  ];
  for (const w of wanted) {
    const t = await db.target.findUnique({ where: { name: w.name } });
    if (!t) {
      await createTarget({ db, ctx, key, input: w });
      continue;
    }
    // A generated PATCH may have changed its settings or credential: put them back, so the next
    // request reaches the local servers (a provider that refuses answers 502, which is not a fault).
    const same =
      JSON.stringify(t.config) === JSON.stringify(w.config) &&
      t.requireApproval === (w.requireApproval ?? false) &&
      (
        await db.secret.findUnique({ where: { name: `target.${t.id}` }, select: { updatedAt: true } })
      )?.updatedAt.getTime() === credentialSetAt.get(t.id);
    if (same) continue;
    await updateTarget({
      db,
      ctx,
      key,
      input: { id: t.id, config: w.config, requireApproval: w.requireApproval ?? false, credential: w.credential },
    });
    credentialSetAt.delete(t.id);
  }
  for (const t of await db.target.findMany({
    where: { name: { in: wanted.map((w) => w.name) } },
    select: { id: true },
  }))
    if (!credentialSetAt.has(t.id))
      credentialSetAt.set(
        t.id,
        (
          await db.secret.findUnique({ where: { name: `target.${t.id}` }, select: { updatedAt: true } })
        )?.updatedAt.getTime(),
      );
  const id = async (name: string) => (await db.target.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
  const queue = await id("fuzz queue");
  const approval = await id("fuzz approval");
  // Runs the requests made elsewhere stay queued (no worker): end them so the next request can succeed.
  await db.actionRun.updateMany({
    where: { targetId: { notIn: [queue, approval] }, status: { in: [...LIVE] } },
    data: { status: "CANCELLED", finishedAt: new Date() },
  });
  const deps = { secretKey: key };
  if (!(await db.actionRun.count({ where: { targetId: approval, status: "AWAITING_APPROVAL" } }))) {
    await db.actionRun.updateMany({
      where: { targetId: approval, status: { in: [...LIVE] } },
      data: { status: "CANCELLED", finishedAt: new Date() },
    });
    await requestAction({ db, ctx: ctxOf(requester), deps, input: { kind: "ROLLBACK", targetId: approval } });
  }
  if (!(await db.actionRun.count({ where: { targetId: queue, status: { in: [...LIVE] } } })))
    await requestAction({ db, ctx: ctxOf(requester), deps, input: { kind: "ROLLBACK", targetId: queue } });
}

/** Ids a generated path or body may point at: the fuzz targets, and runs that can still be approved or cancelled first. */
export const TARGET_ID_SQL = {
  target: `SELECT id AS v FROM "Target" WHERE name LIKE 'fuzz %' ORDER BY (name = 'fuzz postgres') DESC, name`,
  // A request body's target, among those that offer its kind of action.
  "target-ROLLBACK": `SELECT id AS v FROM "Target" WHERE name LIKE 'fuzz %' AND kind IN ('RELEASES', 'RENDER') ORDER BY (name = 'fuzz releases') DESC, name`,
  "target-BACKUP": `SELECT id AS v FROM "Target" WHERE name LIKE 'fuzz %' AND kind = 'POSTGRES'`,
  "target-VERIFY": `SELECT id AS v FROM "Target" WHERE name LIKE 'fuzz %' AND kind = 'POSTGRES'`,
  "target-RESTORE": `SELECT id AS v FROM "Target" WHERE name LIKE 'fuzz %' AND kind = 'POSTGRES'`,
  "target-REPLAY": `SELECT id AS v FROM "Target" WHERE name LIKE 'fuzz %' AND kind = 'STRIPE'`,
  run: `SELECT id AS v FROM "ActionRun" ORDER BY (status = 'AWAITING_APPROVAL') DESC, (status IN ('QUEUED', 'RUNNING')) DESC, number DESC LIMIT 3`,
};
