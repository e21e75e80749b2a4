import { createDb, type Db } from "@opsdeck/db";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { answerChecklistItem } from "./answer-item.ts";
import { getCurrentChecklistRun, startPreDeployRun } from "./current-run.ts";
import { markMissedRuns, openDueRuns } from "./due-runs.ts";
import { signOffChecklistRun } from "./sign-off.ts";
import { runbookTargets } from "../severity/policy.ts";

const now = new Date("2026-12-02T08:00:00.000Z");
const later = (min: number) => new Date(now.getTime() + min * 60_000);

async function makeTemplate(
  db: Db,
  slug: string,
  o: { cadence?: "DAILY" | "WEEKLY" | "PRE_DEPLOY"; timeZone?: string; evidence?: string | null } = {},
) {
  return db.checklistTemplate.create({
    data: {
      slug,
      name: `Checklist ${slug}`,
      cadence: o.cadence ?? "DAILY",
      timeZone: o.timeZone ?? "UTC",
      dueTime: "10:00",
      graceMinutes: 60,
      items: {
        create: [
          { position: 0, title: "Look at the dashboards" },
          {
            position: 1,
            title: "No open P0 or P1 incident",
            evidence: o.evidence === undefined ? "incidents.none_open_major" : o.evidence,
          },
          { position: 2, title: "Rotate the logs" },
        ],
      },
    },
  });
}

describe("checklist runs", () => {
  let t: TestDb;
  let responder: TestUser;
  let viewer: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    responder = await makeUser(t.db, { role: "RESPONDER", name: "Rita Responder" });
    viewer = await makeUser(t.db, { role: "VIEWER" });
  });
  afterAll(() => t.drop());
  let slug: string;
  let n = 0;
  beforeEach(async () => {
    slug = `daily-${++n}`;
    await makeTemplate(t.db, slug);
  });

  const current = () => getCurrentChecklistRun({ db: t.db, ctx: ctxOf(viewer), input: { slug }, now });
  const answer = (runId: string, itemId: string, outcome: "DONE" | "NOT_DONE" | "NA", remark?: string, at = now) =>
    answerChecklistItem({ db: t.db, ctx: ctxOf(responder), input: { slug, runId, itemId, outcome, remark }, now: at });
  const signOff = (runId: string, at = now, note?: string) =>
    signOffChecklistRun({ db: t.db, ctx: ctxOf(responder), input: { slug, runId, note }, now: at });

  it("opens this period's run on demand, once, with the template's items copied and evidence evaluated", async () => {
    const run = await current();
    expect(run).toMatchObject({
      periodKey: "2026-12-02",
      status: "OPEN",
      current: true,
      dueAt: "2026-12-02T10:00:00.000Z",
      missAfter: "2026-12-02T11:00:00.000Z",
      counts: { done: 0, notDone: 0, na: 0, open: 3 },
    });
    expect(run?.items.map((i) => i.title)).toEqual([
      "Look at the dashboards",
      "No open P0 or P1 incident",
      "Rotate the logs",
    ]);
    expect(run?.items[1]?.evidence?.opened).toMatchObject({ rule: "incidents.none_open_major", status: "pass" });
    expect((await current())?.id).toBe(run?.id);
    expect(await t.db.checklistRun.count({ where: { template: { slug } } })).toBe(1);
  });

  it("keeps a run's items when the template changes later", async () => {
    const run = await current();
    await t.db.checklistTemplateItem.updateMany({
      where: { template: { slug }, position: 0 },
      data: { title: "Renamed" },
    });
    expect((await current())?.items[0]?.title).toBe(run?.items[0]?.title);
  });

  it("records answers with remarks, refusing a missing remark and a viewer", async () => {
    const run = await current();
    const [a, b, c] = run?.items ?? [];
    if (!run || !a || !b || !c) throw new Error("no run");
    await expect(answer(run.id, b.id, "NOT_DONE")).rejects.toMatchObject({
      fieldErrors: { remark: ["Say why this item is not done"] },
    });
    await expect(answer(run.id, b.id, "NA", "  ")).rejects.toBeInstanceOf(ValidationError);
    await expect(
      answerChecklistItem({
        db: t.db,
        ctx: ctxOf(viewer),
        input: { slug, runId: run.id, itemId: a.id, outcome: "DONE" },
        now,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(answer(run.id, "nope", "DONE")).rejects.toBeInstanceOf(NotFoundError);
    const after = await answer(run.id, c.id, "NA", "Logs rotate themselves since the move to Vercel");
    expect(after.items[2]).toMatchObject({
      outcome: "NA",
      remark: "Logs rotate themselves since the move to Vercel",
      answeredBy: { id: responder.id },
      answeredAt: now.toISOString(),
    });
    expect(after.version).toBe(run.version + 1);
    const audit = await t.db.auditLog.findFirst({ where: { action: "checklist.item", targetId: run.id } });
    expect(audit?.after).toMatchObject({ outcome: "NA", title: "Rotate the logs", period: "2026-12-02" });
    const live = await t.db.liveEvent.findFirst({ where: { kind: "checklist.item" }, orderBy: { id: "desc" } });
    expect(live?.payload).toEqual({ slug, runId: run.id, version: after.version });
  });

  it("signs off only a fully answered run, by name, once, and freezes it", async () => {
    const run = await current();
    if (!run) throw new Error("no run");
    const [a, b, c] = run.items.map((i) => i.id) as [string, string, string];
    await answer(run.id, a, "DONE");
    await expect(signOff(run.id)).rejects.toThrow(
      /2 items have no answer yet: "No open P0 or P1 incident", "Rotate the logs"/,
    );
    await answer(run.id, b, "DONE");
    await answer(run.id, c, "NOT_DONE", "Disk full, ticket OPS-12");
    const signed = await signOff(run.id, later(30), "All fine");
    expect(signed).toMatchObject({
      status: "SIGNED",
      signedOffAt: later(30).toISOString(),
      signedOffBy: { id: responder.id },
      signedOffByName: "Rita Responder",
      note: "All fine",
    });
    expect(signed.items[1]?.evidence).toMatchObject({ opened: { status: "pass" }, signed: { status: "pass" } });
    await expect(signOff(run.id, later(31))).rejects.toThrow(
      /signed off by Rita Responder at .*: a signed-off run cannot change/,
    );
    await expect(answer(run.id, a, "NA", "changed my mind", later(32))).rejects.toBeInstanceOf(ConflictError);
    expect(await t.db.auditLog.count({ where: { action: "checklist.signoff", targetId: run.id } })).toBe(1);
  });

  it("signs late after the due time, and refuses another period's run", async () => {
    const run = await current();
    if (!run) throw new Error("no run");
    for (const item of run.items) await answer(run.id, item.id, "DONE");
    await expect(signOff(run.id, new Date("2026-12-03T00:00:01Z"))).rejects.toThrow(
      /This run is for 2026-12-02, which is over: only the current period's run \(2026-12-03\) can be changed/,
    );
    expect((await signOff(run.id, later(150))).status).toBe("LATE");
  });

  it("wants a remark for an item marked done when its evidence fails at sign-off", async () => {
    const run = await current();
    if (!run) throw new Error("no run");
    for (const item of run.items) await answer(run.id, item.id, "DONE");
    const service = await t.db.service.create({ data: { slug: `svc-${n}`, name: `Service ${n}` } });
    const incident = await t.db.incident.create({
      data: {
        number: 9000 + n,
        title: "Checkout down",
        severity: "P1",
        ...runbookTargets("P1"),
        serviceId: service.id,
        detectedAt: now,
      },
    });
    await expect(signOff(run.id, later(5))).rejects.toThrow(
      /The evidence fails now for "No open P0 or P1 incident": add a remark/,
    );
    const item = run.items[1];
    if (!item) throw new Error("no item");
    await answer(run.id, item.id, "DONE", "Incident is a test, closed in a minute", later(6));
    const signed = await signOff(run.id, later(7));
    expect(signed.items[1]?.evidence).toMatchObject({ opened: { status: "pass" }, signed: { status: "fail" } });
    await t.db.incident.delete({ where: { id: incident.id } });
  });

  it("marks an unsigned run missed once its grace has run out, once", async () => {
    const run = await current();
    if (!run) throw new Error("no run");
    expect((await markMissedRuns(t.db, later(179))).map((r) => r.id)).not.toContain(run.id);
    expect((await markMissedRuns(t.db, later(180))).map((r) => r.id)).toContain(run.id);
    expect(await markMissedRuns(t.db, later(181))).toEqual([]);
    const missed = await getCurrentChecklistRun({ db: t.db, ctx: ctxOf(viewer), input: { slug }, now: later(181) });
    expect(missed).toMatchObject({ status: "MISSED", missedAt: later(180).toISOString() });
    expect(await t.db.auditLog.count({ where: { action: "checklist.missed", targetId: run.id } })).toBe(1);
  });
});

describe("a checklist made after its due time", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("opens its first run without a deadline, so it is never missed, and holds the next period to it", async () => {
    const template = await makeTemplate(t.db, "written-at-three");
    const madeAt = new Date("2026-12-02T15:00:00.000Z"); // due 10:00 UTC, grace 60 min
    await t.db.checklistTemplate.update({ where: { id: template.id }, data: { createdAt: madeAt } });
    await openDueRuns(t.db, new Date(madeAt.getTime() + 5_000));
    const first = await t.db.checklistRun.findFirstOrThrow({ where: { templateId: template.id } });
    expect(first).toMatchObject({ periodKey: "2026-12-02", dueAt: null, missAfter: null });
    expect(await markMissedRuns(t.db, new Date("2026-12-02T23:59:00.000Z"))).toEqual([]);

    await openDueRuns(t.db, new Date("2026-12-03T00:00:05.000Z"));
    const next = await t.db.checklistRun.findFirstOrThrow({
      where: { templateId: template.id, periodKey: "2026-12-03" },
    });
    expect(next).toMatchObject({
      dueAt: new Date("2026-12-03T10:00:00.000Z"),
      missAfter: new Date("2026-12-03T11:00:00.000Z"),
    });
  });

  it("keeps the deadline of a run opened late for a checklist that existed in time (the worker was down)", async () => {
    const template = await makeTemplate(t.db, "worker-was-down");
    await t.db.checklistTemplate.update({
      where: { id: template.id },
      data: { createdAt: new Date("2026-12-01T09:00:00.000Z") },
    });
    await openDueRuns(t.db, new Date("2026-12-02T15:00:00.000Z"));
    const run = await t.db.checklistRun.findFirstOrThrow({ where: { templateId: template.id } });
    expect(run.missAfter).toEqual(new Date("2026-12-02T11:00:00.000Z"));
    expect((await markMissedRuns(t.db, new Date("2026-12-02T15:00:01.000Z"))).map((r) => r.id)).toEqual([run.id]);
  });
});

describe("opening runs from several workers", () => {
  let t: TestDb;
  let second: Db;
  beforeAll(async () => {
    t = await createTestDb();
    second = createDb(t.url);
  });
  afterAll(async () => {
    await second.$disconnect();
    await t.drop();
  });

  it("opens one run per template per period however many workers race", async () => {
    for (let i = 0; i < 5; i++)
      await makeTemplate(t.db, `race-${i}`, { timeZone: i % 2 ? "Asia/Kolkata" : "UTC", evidence: null });
    await makeTemplate(t.db, "deploys", { cadence: "PRE_DEPLOY" });
    const opened = await Promise.all([openDueRuns(t.db, now), openDueRuns(second, now), openDueRuns(second, now)]);
    expect(opened.reduce((a, b) => a + b, 0)).toBe(5);
    expect(await t.db.checklistRun.count()).toBe(5);
    expect(await openDueRuns(t.db, later(60))).toBe(0);
    // Kolkata's day starts 5:30 h before UTC's.
    expect(await openDueRuns(second, new Date("2026-12-02T18:30:00Z"))).toBe(2);
    expect(await openDueRuns(t.db, new Date("2026-12-03T00:00:00Z"))).toBe(3);
  });
});

describe("pre-deploy runs", () => {
  let t: TestDb;
  let responder: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    responder = await makeUser(t.db, { role: "RESPONDER" });
    await makeTemplate(t.db, "pre-deploy", { cadence: "PRE_DEPLOY" });
    await makeTemplate(t.db, "daily", {});
  });
  afterAll(() => t.drop());

  it("starts a run per deploy label and never opens one by itself", async () => {
    const ctx = ctxOf(responder);
    expect(await getCurrentChecklistRun({ db: t.db, ctx, input: { slug: "pre-deploy" }, now })).toBeNull();
    const run = await startPreDeployRun({ db: t.db, ctx, input: { slug: "pre-deploy", label: "deploy-42" }, now });
    expect(run).toMatchObject({ periodKey: "deploy-42", status: "OPEN", dueAt: null, current: true });
    await expect(
      startPreDeployRun({ db: t.db, ctx, input: { slug: "pre-deploy", label: "deploy-42" }, now: later(1) }),
    ).rejects.toThrow(/A run named deploy-42 already exists/);
    await expect(
      startPreDeployRun({ db: t.db, ctx, input: { slug: "pre-deploy", label: "bad label!" }, now }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(startPreDeployRun({ db: t.db, ctx, input: { slug: "daily", label: "x" }, now })).rejects.toMatchObject(
      {
        fieldErrors: { slug: [expect.stringMatching(/opens each period/)] },
      },
    );
    expect((await getCurrentChecklistRun({ db: t.db, ctx, input: { slug: "pre-deploy" }, now: later(5) }))?.id).toBe(
      run.id,
    );
  });
});
