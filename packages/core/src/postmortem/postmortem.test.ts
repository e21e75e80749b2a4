import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.ts";
import { NotFoundError } from "../errors.ts";
import type { Ctx } from "../roles.ts";
import { getPostmortem } from "./get.ts";
import { listPostmortems } from "./list.ts";

const now = new Date("2026-11-23T12:00:00.000Z");
const DAY = 86_400_000;
const viewer: Ctx = { actor: { id: "viewer", email: "viewer@example.com", role: "VIEWER" } };

describe("postmortem read services", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo({ db: t.db, now });
  });
  afterAll(() => t.drop());

  it("lists postmortems with action items counted by status", async () => {
    const list = await listPostmortems({ db: t.db, ctx: viewer, now });
    expect(list).toEqual([
      {
        id: expect.any(String),
        status: "PUBLISHED",
        title: "Stripe webhook failures",
        summary: expect.stringContaining("signing secret"),
        dueAt: expect.any(String),
        due: null,
        incident: {
          id: expect.any(String),
          number: expect.any(Number),
          title: "Stripe webhook failures",
          severity: "P1",
          detectedAt: new Date(now.getTime() - 3 * DAY).toISOString(),
          resolvedAt: expect.any(String),
        },
        actionItems: { total: 3, OPEN: 1, IN_PROGRESS: 1, DONE: 1, overdue: 0 },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    expect(await listPostmortems({ db: t.db, ctx: viewer, input: { status: "DRAFT" } })).toEqual([]);
  });

  it("gets a postmortem by id or by incident, with action items by due date", async () => {
    const [summary] = await listPostmortems({ db: t.db, ctx: viewer });
    const pm = await getPostmortem({ db: t.db, ctx: viewer, input: { id: summary?.id ?? "" }, now });
    expect(pm).toMatchObject({
      id: summary?.id,
      incident: summary?.incident,
      impact: expect.stringContaining("pending"),
      rootCause: expect.stringContaining("STRIPE_WEBHOOK_SECRET"),
      whatWentWell: expect.any(String),
      whatWentWrong: expect.any(String),
      lessonsLearned: expect.any(String),
    });
    expect(pm.timeline.split("\n")).toHaveLength(7);
    expect(pm.actionItems.map((a) => [a.status, a.dueDate, a.overdue, a.owner])).toEqual([
      ["DONE", new Date(now.getTime() - DAY).toISOString(), false, null],
      ["IN_PROGRESS", new Date(now.getTime() + 7 * DAY).toISOString(), false, null],
      ["OPEN", new Date(now.getTime() + 14 * DAY).toISOString(), false, null],
    ]);
    const byIncident = await getPostmortem({ db: t.db, ctx: viewer, input: { incidentId: pm.incident.id }, now });
    expect(byIncident).toEqual(pm);
  });

  it("flags unfinished action items past their due date", async () => {
    const [summary] = await listPostmortems({ db: t.db, ctx: viewer });
    const later = new Date(now.getTime() + 10 * DAY);
    const pm = await getPostmortem({ db: t.db, ctx: viewer, input: { id: summary?.id ?? "" }, now: later });
    expect(pm.actionItems.map((a) => a.overdue)).toEqual([false, true, false]);
  });

  it("gives NotFoundError for a missing postmortem", async () => {
    await expect(getPostmortem({ db: t.db, ctx: viewer, input: { id: "nope" } })).rejects.toBeInstanceOf(NotFoundError);
    const p3 = await t.db.incident.findFirstOrThrow({ where: { severity: "P3" } });
    await expect(getPostmortem({ db: t.db, ctx: viewer, input: { incidentId: p3.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
