import { createCheck } from "@opsdeck/core/check/create";
import { beat } from "@opsdeck/core/health/heartbeat";
import { declareIncident } from "@opsdeck/core/incident/declare";
import { resolveIncident } from "@opsdeck/core/incident/resolve";
import { addActionItem } from "@opsdeck/core/postmortem/add-action-item";
import { createPostmortem } from "@opsdeck/core/postmortem/create";
import { createService } from "@opsdeck/core/service/create";
import { ctxOf, makeUser, type TestUser } from "@opsdeck/core/testing";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import pg from "pg";
import { type AppServer, startAppServer } from "./app-server.ts";
import { CHECKLIST_ID_SQL, replenishChecklists } from "./checklists.ts";
import { ALERT_ID_SQL, replenishAlertRules } from "./alerts.ts";
import { CONTACT_ID_SQL, replenishContactMethods } from "./contacts.ts";
import { replenishSchedules, SCHEDULE_ID_SQL } from "./schedules.ts";
import { ESCALATION_ID_SQL, replenishEscalationPolicies } from "./escalations.ts";
import { CHANNEL_ID_SQL, replenishChannels } from "./channels.ts";
import { dropMonitored, DATABASE_ID_SQL, replenishDatabases } from "./databases.ts";
import { type FuzzProviders, replenishTargets, startFuzzProviders, TARGET_ID_SQL } from "./targets.ts";

let made = 0;

/**
 * Keep a few services and checks for generated requests to find, as the deletes among them remove
 * some; no worker runs, so no check is ever probed. Incidents too: some unacknowledged, some
 * resolved, so that each verb finds one it applies to.
 */
export async function replenish(stack: FuzzStack): Promise<void> {
  const { db } = stack.t;
  const { admin } = stack;
  // Generated requests may promote the viewer, who may then disable the admin: the harness's own
  // callers go back to who they were, so each request is made as the role it names.
  for (const [u, role] of [
    [admin, "ADMIN"],
    [stack.viewer, "VIEWER"],
    [stack.requester, "RESPONDER"],
  ] as const)
    await db.user.updateMany({
      where: { id: u.id, OR: [{ role: { not: role } }, { disabledAt: { not: null } }] },
      data: { role, disabledAt: null },
    });
  while ((await db.check.count()) < 4) {
    const service = await createService({ db, ctx: ctxOf(admin), input: { name: `Fuzz service ${made++}` } });
    for (const kind of ["HTTP", "HEARTBEAT"] as const) {
      const config = kind === "HTTP" ? { url: "http://127.0.0.1:9/" } : { periodSeconds: 300 };
      await createCheck({
        db,
        ctx: ctxOf(admin),
        input: { serviceId: service.id, name: `${kind} ${made}`, kind, config },
      });
    }
  }
  await replenishIncidents(db, admin);
  await replenishTargets(db, admin, stack.requester, stack.app.secretKey, stack.providers);
  await replenishChecklists(db, admin);
  await replenishChannels(db, admin, stack.app.secretKey, stack.providers.slack.url);
  await replenishDatabases(db, stack.t.url);
  await replenishAlertRules(db, admin);
  await replenishContactMethods(db, admin);
  await replenishSchedules(db, admin);
  await replenishEscalationPolicies(db, admin);
}

async function replenishIncidents(db: TestDb["db"], admin: TestUser): Promise<void> {
  const service = await db.service.findFirst({ select: { slug: true } });
  if (!service) return;
  const ctx = ctxOf(admin);
  const declare = () =>
    declareIncident({ db, ctx, input: { title: `Fuzz incident ${made++}`, severity: "P3", services: [service.slug] } });
  while ((await db.incident.count({ where: { acknowledgedAt: null, status: { not: "RESOLVED" } } })) < 3)
    await declare();
  while ((await db.incident.count({ where: { status: "RESOLVED", postmortem: null } })) < 3)
    await resolveIncident({ db, ctx, input: { number: (await declare()).number } });
  await replenishPostmortems(db, admin);
}

/**
 * Postmortems that can still be edited and published (impact and root cause written), and action
 * items to change and delete.
 */
async function replenishPostmortems(db: TestDb["db"], admin: TestUser): Promise<void> {
  const ctx = ctxOf(admin);
  while ((await db.postmortem.count({ where: { status: { not: "PUBLISHED" }, impact: { not: "" } } })) < 2) {
    const incident = await db.incident.findFirst({
      where: { status: "RESOLVED", postmortem: null },
      select: { number: true, id: true },
    });
    if (!incident) return;
    const pm = await createPostmortem({ db, ctx, input: { number: incident.number } });
    await db.postmortem.update({ where: { id: pm.id }, data: { impact: "Fuzz impact", rootCause: "Fuzz cause" } });
  }
  const pm = await db.postmortem.findFirst({ select: { id: true } });
  while (pm && (await db.actionItem.count()) < 3)
    await addActionItem({ db, ctx, input: { postmortemId: pm.id, title: `Fuzz follow-up ${made++}` } });
}

export type FuzzStack = {
  t: TestDb;
  app: AppServer;
  client: pg.Client;
  admin: TestUser;
  viewer: TestUser;
  /** A responder whose action requests wait for the admin's approval. */
  requester: TestUser;
  providers: FuzzProviders;
  stop(): Promise<void>;
};

/** Its own database with an admin, a viewer and a few services and checks (see replenish), and `next start` on it (no worker). */
export async function startFuzzStack(): Promise<FuzzStack> {
  const t = await createTestDb();
  const admin = await makeUser(t.db, { role: "ADMIN" });
  const viewer = await makeUser(t.db, { role: "VIEWER" });
  const requester = await makeUser(t.db, { role: "RESPONDER" });
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  const app = await startAppServer(t.url);
  const providers = await startFuzzProviders();
  const stack: FuzzStack = {
    t,
    app,
    client,
    admin,
    viewer,
    requester,
    providers,
    async stop() {
      await app.stop();
      await providers.stop();
      await dropMonitored();
      await client.end();
      await t.drop();
    },
  };
  await replenish(stack);
  return stack;
}

/** readyz after the run: a fresh worker heartbeat stands in for the worker this stack does not run. */
export async function readyAfter(stack: FuzzStack): Promise<number> {
  await beat(stack.t.db, { id: "fuzz-worker", hostname: "fuzz", pid: process.pid, version: "test" });
  return (await fetch(`${stack.app.base}/api/readyz`)).status;
}

const ID_SQL: Record<string, string> = {
  ...TARGET_ID_SQL,
  ...CHECKLIST_ID_SQL,
  ...CHANNEL_ID_SQL,
  ...DATABASE_ID_SQL,
  ...ALERT_ID_SQL,
  ...CONTACT_ID_SQL,
  ...SCHEDULE_ID_SQL,
  ...ESCALATION_ID_SQL,
  service: `SELECT id AS v FROM "Service" ORDER BY "createdAt", id`,
  check: `SELECT id AS v FROM "Check" ORDER BY "createdAt", id`,
  user: `SELECT id AS v FROM "User" ORDER BY "createdAt", id`,
  token: `SELECT id AS v FROM "ApiToken" ORDER BY "createdAt", id`,
  "calendar-feed": `SELECT id AS v FROM "CalendarFeed" ORDER BY "createdAt", id`,
  slug: `SELECT slug AS v FROM "Service" ORDER BY "createdAt", id`,
  incident: `SELECT number::text AS v FROM "Incident" ORDER BY number`,
  // Postmortems that can still change first, so that edits and publishing can succeed.
  postmortem: `SELECT id AS v FROM "Postmortem" ORDER BY (status <> 'PUBLISHED') DESC, "createdAt", id`,
  actionItem: `SELECT id AS v FROM "ActionItem" ORDER BY "createdAt", id`,
  severity: `SELECT unnest(enum_range(NULL::"Severity"))::text AS v`,
  // A response step of the incident named before it in the path.
  "response-step": `SELECT s.id AS v FROM "IncidentResponseStep" s JOIN "Incident" i ON i.id = s."incidentId"
    WHERE i.number::text = $1 ORDER BY s.position`,
};

/**
 * The n-th existing row of a kind (wrapping around), or null when there is none. A kind whose query
 * takes `$1` is a row under `parent`, the object picked before it in the same path.
 */
export async function pick(client: pg.Client, kind: string, n: number, parent = ""): Promise<string | null> {
  const sql = ID_SQL[kind];
  if (!sql) return null;
  const { rows } = await client.query<{ v: string }>(sql, sql.includes("$1") ? [parent] : []);
  return rows[n % Math.max(rows.length, 1)]?.v ?? null;
}

/** Placeholders like "@service:7" become the id of an existing row when sent. */
export async function fillIds(client: pg.Client, text: string, quoted: boolean): Promise<string> {
  let out = text;
  const re = quoted
    ? /"@(service|check|user|token|slug|incident|schedule|target(?:-[A-Z]+)?|run):(\d+)"/g
    : /^@(service|check|user|token|slug|incident|schedule|target(?:-[A-Z]+)?|run):(\d+)$/g;
  for (const m of text.matchAll(re)) {
    const id = (await pick(client, m[1] as string, Number(m[2]))) ?? "missing";
    out = out.replace(m[0], quoted ? JSON.stringify(id) : id);
  }
  return out;
}
