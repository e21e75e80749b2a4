import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { liveCursor, readLiveSince } from "../live/log.ts";
import { ctxOf, makeUser, type RoleSuite, roleSuite, type TestUser } from "../testing.ts";
import { addOverride } from "./add-override.ts";
import { createSchedule } from "./create.ts";
import { deleteOverride } from "./delete-override.ts";
import { onCallEverywhere } from "./on-call.ts";
import { scheduleView } from "./view.ts";

describe("a schedule's page and who is on call everywhere", () => {
  let s: RoleSuite;
  let ana: TestUser;
  let ben: TestUser;
  const ids: Record<string, string> = {};
  const NOW = new Date("2026-06-10T12:00:00Z"); // a Wednesday, 14:00 in Berlin

  const weekly = (name: string, zone: string, members: string[]) => ({
    name,
    timeZone: zone,
    layers: [
      {
        name: "primary",
        handoff: { every: "week" as const, at: "09:00", weekday: "monday" as const },
        startsAt: "2026-06-01T07:00:00Z",
        members,
      },
    ],
  });

  beforeAll(async () => {
    s = await roleSuite();
    ana = await makeUser(s.t.db, { role: "RESPONDER", name: "Ana" });
    ben = await makeUser(s.t.db, { role: "RESPONDER", name: "Ben" });
    for (const [name, zone, members] of [
      ["Berlin", "Europe/Berlin", [ana.email, ben.email]],
      ["Tokyo", "Asia/Tokyo", [ben.email, ana.email]],
    ] as const)
      ids[name] = (
        await createSchedule({ db: s.t.db, ctx: ctxOf(s.admin), input: weekly(name, zone, [...members]) })
      ).id;
  });
  afterAll(() => s.t.drop());

  it("draws four weeks from the start of today in the schedule's zone, with who is on call now", async () => {
    const v = await scheduleView({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: ids.Berlin as string }, now: NOW });
    expect(v.timeline.from).toBe("2026-06-09T22:00:00.000Z");
    expect(v.timeline.to).toBe("2026-07-07T22:00:00.000Z");
    expect(v.onCall.layers[0]?.user?.email).toBe(ben.email);
    const tokyo = await scheduleView({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { id: ids.Tokyo as string },
      now: NOW,
    });
    expect(tokyo.timeline.from).toBe("2026-06-09T15:00:00.000Z");
    expect(tokyo.onCall.layers[0]?.user?.email).toBe(ana.email);
  });

  it("says who is on call on every schedule, overrides included, in two queries however many schedules", async () => {
    const db = s.t.db;
    const o = await addOverride({
      db,
      ctx: ctxOf(ana),
      input: {
        id: ids.Tokyo as string,
        layer: "primary",
        email: ana.email,
        startsAt: "2026-06-10T10:00:00Z",
        endsAt: "2026-06-10T14:00:00Z",
      },
    });
    const queries: string[] = [];
    const counting = db.$extends({
      query: {
        $allOperations: async ({ model, operation, args, query }) => {
          queries.push(`${model}.${operation}`);
          return query(args);
        },
      },
    }) as unknown as typeof db;
    const all = await onCallEverywhere({ db: counting, ctx: ctxOf(s.viewer), now: NOW });
    expect(all.map((x) => [x.name, x.layers[0]?.user?.email, x.layers[0]?.override])).toEqual([
      ["Berlin", ben.email, false],
      ["Tokyo", ana.email, true],
    ]);
    expect(queries).toEqual(["OnCallSchedule.findMany", "OnCallOverride.findMany"]);
    await deleteOverride({ db, ctx: ctxOf(ana), input: { id: ids.Tokyo as string, overrideId: o.id } });
  });

  it("tells live pages when an override is added or removed", async () => {
    const db = s.t.db;
    const from = await liveCursor(db);
    const id = ids.Berlin as string;
    const o = await addOverride({
      db,
      ctx: ctxOf(s.admin),
      input: {
        id,
        layer: "primary",
        email: ana.email,
        startsAt: "2026-06-20T00:00:00Z",
        endsAt: "2026-06-21T00:00:00Z",
      },
    });
    await deleteOverride({ db, ctx: ctxOf(s.admin), input: { id, overrideId: o.id } });
    const events = (await readLiveSince(db, from, 100)).filter((e) => e.kind === "schedule.changed");
    expect(events.map((e) => e.payload)).toEqual([{ id }, { id }]);
  });
});
