import type { Db } from "@opsdeck/db";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { beat } from "../health/heartbeat.ts";
import { addIncidentNote } from "../incident/add-note.ts";
import { declareIncident } from "../incident/declare.ts";
import { postIncidentUpdate } from "../incident/post-update.ts";
import { resolveIncident } from "../incident/resolve.ts";
import { updateIncident } from "../incident/update.ts";
import { ctxOf, makeUser } from "../testing.ts";

export const STATUS_NOW = new Date("2026-11-23T12:34:56.000Z");
const D = 86_400_000;

/** Strings only private rows hold: none may appear in the page's data or HTML. */
export const PRIVATE_STRINGS = [
  "Ledger Vault Qx7",
  "ledger-vault-qx7",
  "ledger-db.internal.example",
  "Ledger replication lag Vv3",
  "checkout-svc-zz9",
  "Checkout Backend Zz9",
  "probe-checkout-k8s-node-4",
  "pg-primary-7.internal",
  "Rhiannon Oncall",
  "rhiannon.oncall@example.com",
];

export type StatusSuite = { t: TestDb; db: Db };

/**
 * A public service with a DOWN check, a private one with its own, a public incident (one status update,
 * one internal note) affecting both, a private open incident, and public incidents resolved 2 and 9 days ago.
 */
export async function statusSuite(): Promise<StatusSuite> {
  const t = await createTestDb();
  const db = t.db;
  const now = STATUS_NOW;
  const responder = await makeUser(db, {
    role: "RESPONDER",
    name: "Rhiannon Oncall",
    email: "rhiannon.oncall@example.com",
  });
  const ctx = ctxOf(responder);
  const pub = await db.service.create({
    data: { slug: "checkout-svc-zz9", name: "Checkout Backend Zz9", public: true, publicName: "Checkout" },
  });
  await db.service.create({ data: { slug: "search", name: "Search", public: true } });
  const priv = await db.service.create({ data: { slug: "ledger-vault-qx7", name: "Ledger Vault Qx7" } });
  const fresh = { lastCheckedAt: new Date(now.getTime() - 10_000), intervalSeconds: 60 };
  const config = { url: "https://ledger-db.internal.example/health" };
  const down = await db.check.create({
    data: { serviceId: pub.id, name: "probe-checkout-k8s-node-4", kind: "HTTP", config, state: "DOWN", ...fresh },
  });
  await db.check.create({
    data: { serviceId: pub.id, name: "Checkout page", kind: "HTTP", config, state: "UP", ...fresh },
  });
  await db.check.create({
    data: { serviceId: priv.id, name: "ledger-db.internal.example", kind: "HTTP", config, state: "DOWN", ...fresh },
  });
  const today = now.getTime() - (now.getTime() % D);
  await db.$executeRaw`INSERT INTO "CheckRollup" ("checkSeq","period","bucketStart","count","upCount","degradedCount","latencySum","hist") VALUES
    (${down.seq}, 'DAY', ${new Date(today)}, 100, 98, 1, 0, '{}'), (${down.seq}, 'DAY', ${new Date(today - 2 * D)}, 50, 50, 0, 0, '{}'),
    (${down.seq}, 'DAY', ${new Date(today - 120 * D)}, 50, 0, 0, 0, '{}')`;
  await beat(db, { id: "w1", hostname: "worker-host", pid: 1, version: "0.1.0" }, now);

  const declare = (title: string, services: string[], detectedAt: Date) =>
    declareIncident({ db, ctx, input: { title, severity: "P1", services, detectedAt: detectedAt.toISOString() }, now });
  const open = await declare(
    "Checkout errors",
    ["checkout-svc-zz9", "ledger-vault-qx7"],
    new Date(now.getTime() - 3_600_000),
  );
  await updateIncident({ db, ctx, input: { number: open.number, public: true }, now });
  await postIncidentUpdate({
    db,
    ctx,
    input: { number: open.number, status: "IDENTIFIED", message: "We found the cause and are rolling out a fix." },
    now,
  });
  await addIncidentNote({ db, ctx, input: { number: open.number, text: "failover to pg-primary-7.internal" }, now });
  await declare("Ledger replication lag Vv3", ["ledger-vault-qx7"], new Date(now.getTime() - 600_000));
  for (const [title, daysAgo] of [
    ["Slow search results", 2],
    ["Search was down", 9],
  ] as const) {
    const at = new Date(now.getTime() - daysAgo * D);
    const i = await declare(title, ["search"], at);
    await updateIncident({ db, ctx, input: { number: i.number, public: true }, now: at });
    await resolveIncident({
      db,
      ctx,
      input: { number: i.number, message: "Fixed." },
      now: new Date(at.getTime() + 3_600_000),
    });
  }
  return { t, db };
}
