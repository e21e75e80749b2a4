import { createEscalationPolicy } from "@opsdeck/core/escalation/create";
import { escalationTeam } from "@opsdeck/core/escalation/testing";
import { acknowledgeIncident } from "@opsdeck/core/incident/acknowledge";
import { declareIncident } from "@opsdeck/core/incident/declare";
import { resolveIncident } from "@opsdeck/core/incident/resolve";
import { generateKey, parseKey } from "@opsdeck/core/secrets/crypto";
import { ctxOf, makeUser, type TestUser } from "@opsdeck/core/testing";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { type SmtpReceiver, startSmtpReceiver } from "@opsdeck/integrations/testing/index";
import { PgBoss } from "pg-boss";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEscalations } from "./escalations.ts";

const key = parseKey(generateKey());

/** A worker's share of escalations in this process: its own pg-boss and dispatcher. */
async function startWorker(t: TestDb, minuteMs: number) {
  const boss = new PgBoss({ connectionString: t.url, schema: "pgboss", max: 3 });
  boss.on("error", () => {});
  await boss.start();
  const escalations = await startEscalations(t.db, boss, {
    secretKey: key,
    baseUrl: "http://opsdeck.test",
    minuteMs,
    dispatchSeconds: 0.2,
  });
  let stopped = false;
  return {
    /** Stop at once, as a killed worker does: jobs waiting in the queue stay there. */
    async kill() {
      if (stopped) return;
      stopped = true;
      await escalations.stop();
      await boss.stop({ graceful: false, timeout: 1_000 });
    },
  };
}

async function until<T>(what: string, probe: () => Promise<T | null | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Escalations run by pg-boss jobs in this process, paging through a local SMTP receiver. */
describe("worker: escalations", () => {
  let t: TestDb;
  let admin: TestUser;
  let smtp: SmtpReceiver;
  let team: Awaited<ReturnType<typeof escalationTeam>>;
  const workers: { kill(): Promise<void> }[] = [];
  let made = 0;

  beforeAll(async () => {
    t = await createTestDb();
    smtp = await startSmtpReceiver();
    admin = await makeUser(t.db, { role: "ADMIN", name: "Grace" });
    team = await escalationTeam(t.db, key, smtp.port, admin);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.kill()));
  });
  afterAll(async () => {
    await smtp?.close();
    await t?.drop();
  });

  /** A service of its own with a policy paging primary, then secondary, one "minute" apart. */
  async function incidentUnderPolicy(repeat: number) {
    const slug = `svc-${made++}`;
    await t.db.service.create({ data: { slug, name: `Service ${slug}` } });
    await createEscalationPolicy({
      db: t.db,
      ctx: ctxOf(admin),
      input: {
        name: `Policy ${slug}`,
        severities: ["P1"],
        services: [slug],
        repeat,
        steps: [
          { notify: { schedule: team.schedule, layer: "primary" }, waitMinutes: 1 },
          { notify: { schedule: team.schedule, layer: "secondary" }, waitMinutes: 1 },
        ],
      },
    });
    const incident = await declareIncident({
      db: t.db,
      ctx: ctxOf(admin),
      input: { title: `Down ${slug}`, severity: "P1", services: [slug] },
    });
    return incident;
  }
  const pagesOf = (incidentId: string) =>
    t.db.incidentPage.findMany({ where: { incidentId }, orderBy: { sentAt: "asc" }, include: { user: true } });
  const mailsAbout = (number: number, to: string) =>
    smtp.mails.filter((m) => m.to.includes(to) && m.subject.includes(`#${number} `)).length;
  const timeline = async (incidentId: string) =>
    (
      await t.db.incidentEvent.findMany({
        where: { incidentId, kind: { in: ["page", "escalation"] } },
        orderBy: [{ at: "asc" }, { createdAt: "asc" }],
      })
    ).map((e) => e.message);

  it("with two workers pages the primary at once and the secondary after the wait, each step once, then repeats and ends unanswered", async () => {
    const minuteMs = 1_500;
    workers.push(await startWorker(t, minuteMs), await startWorker(t, minuteMs));
    const incident = await incidentUnderPolicy(1);
    const declaredAt = Date.now();
    const escalation = await until("the escalation to run out unanswered", async () => {
      const e = await t.db.incidentEscalation.findUniqueOrThrow({ where: { incidentId: incident.id } });
      return e.unansweredAt ? e : null;
    });
    const pages = await pagesOf(incident.id);
    expect(pages.map((p) => [p.user.email, p.round, p.step, p.ok])).toEqual([
      [team.ana.email, 0, 0, true],
      [team.ben.email, 0, 1, true],
      [team.ana.email, 1, 0, true],
      [team.ben.email, 1, 1, true],
    ]);
    expect(mailsAbout(incident.number, team.ana.email)).toBe(2);
    expect(mailsAbout(incident.number, team.ben.email)).toBe(2);
    // A page's time is taken after its send, which takes a varying few milliseconds: allow half a second.
    const at = pages.map((p) => p.sentAt.getTime());
    expect(at[0] ?? 0).toBeLessThan(declaredAt + minuteMs);
    for (let i = 1; i < at.length; i++) {
      const gap = (at[i] ?? 0) - (at[i - 1] ?? 0);
      expect(gap).toBeGreaterThanOrEqual(minuteMs - 500);
      expect(gap).toBeLessThan(minuteMs + 2_500);
    }
    expect((escalation.unansweredAt?.getTime() ?? 0) - (at[3] ?? 0)).toBeGreaterThanOrEqual(minuteMs - 500);
    expect(await timeline(incident.id)).toEqual([
      expect.stringMatching(/^Escalating by policy /),
      "Step 1: paged ana by email",
      "Step 2: paged ben by email",
      "Nobody acknowledged: repeating the chain (repeat 1 of 1)",
      "Step 1 (repeat 1): paged ana by email",
      "Step 2 (repeat 1): paged ben by email",
      "Unanswered: nobody acknowledged after 4 pages",
    ]);
  });

  for (const how of ["acknowledged", "resolved"] as const)
    it(`sends nothing more once the incident is ${how}`, async () => {
      const minuteMs = 1_500;
      workers.push(await startWorker(t, minuteMs));
      const incident = await incidentUnderPolicy(0);
      await until("the primary's page", async () => (await pagesOf(incident.id)).length === 1);
      const input = { number: incident.number };
      if (how === "acknowledged") await acknowledgeIncident({ db: t.db, ctx: ctxOf(team.ana), input });
      else await resolveIncident({ db: t.db, ctx: ctxOf(team.ana), input });
      await new Promise((r) => setTimeout(r, minuteMs * 2 + 1_000));
      expect((await pagesOf(incident.id)).map((p) => p.user.email)).toEqual([team.ana.email]);
      expect(mailsAbout(incident.number, team.ben.email)).toBe(0);
      const e = await t.db.incidentEscalation.findUniqueOrThrow({ where: { incidentId: incident.id } });
      expect(e).toMatchObject({ stopReason: how, unansweredAt: null });
      expect((await timeline(incident.id)).at(-1)).toBe(`Escalation stopped: ${how}`);
    });

  it("a worker stopped while a step waits: a new worker sends it on time", async () => {
    const minuteMs = 3_000;
    const first = await startWorker(t, minuteMs);
    workers.push(first);
    const incident = await incidentUnderPolicy(0);
    const queued = await until("the secondary's step to be queued", async () => {
      const e = await t.db.incidentEscalation.findUniqueOrThrow({ where: { incidentId: incident.id } });
      return e.step === 1 && e.jobId ? e : null;
    });
    await first.kill();
    expect(queued.dueAt.getTime()).toBeGreaterThan(Date.now());
    workers.push(await startWorker(t, minuteMs));
    const pages = await until("the secondary's page", async () => {
      const p = await pagesOf(incident.id);
      return p.length === 2 ? p : null;
    });
    const sent = pages[1]?.sentAt.getTime() ?? 0;
    expect(pages[1]?.user.email).toBe(team.ben.email);
    expect(sent).toBeGreaterThanOrEqual(queued.dueAt.getTime());
    expect(sent).toBeLessThan(queued.dueAt.getTime() + 2_500);
    expect(mailsAbout(incident.number, team.ben.email)).toBe(1);
  });
});
