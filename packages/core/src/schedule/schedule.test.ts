import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { ctxOf, fieldErrors, makeUser, type RoleSuite, roleSuite, type TestUser } from "../testing.ts";
import { addOverride } from "./add-override.ts";
import { createSchedule } from "./create.ts";
import { deleteOverride } from "./delete-override.ts";
import { getSchedule } from "./get.ts";
import { listSchedules } from "./list.ts";
import { onCallEverywhere, scheduleOnCall } from "./on-call.ts";
import { scheduleTimeline } from "./timeline.ts";

describe("on-call schedules", () => {
  let s: RoleSuite;
  let ana: TestUser;
  let ben: TestUser;
  let scheduleId: string;
  const NOW = new Date("2026-06-10T12:00:00Z"); // a Wednesday

  const input = (name: string, members: string[][]) => ({
    name,
    timeZone: "europe/berlin",
    layers: [
      {
        name: "primary",
        handoff: { every: "week" as const, at: "09:00", weekday: "monday" as const },
        startsAt: "2026-06-01T07:00:00Z",
        members: members[0] ?? [],
      },
      {
        name: "secondary",
        handoff: { every: "day" as const, at: "18:30" },
        startsAt: "2026-06-01T16:30:00+00:00",
        members: members[1] ?? [],
      },
    ],
  });

  beforeAll(async () => {
    s = await roleSuite();
    ana = await makeUser(s.t.db, { role: "RESPONDER", name: "Ana" });
    ben = await makeUser(s.t.db, { role: "RESPONDER", name: "Ben" });
    scheduleId = (
      await createSchedule({
        db: s.t.db,
        ctx: ctxOf(s.admin),
        input: input("Storefront", [
          [ana.email, ben.email],
          [ben.email, ana.email.toUpperCase()],
        ]),
      })
    ).id;
  });
  afterAll(() => s.t.drop());

  it("stores the schedule in its canonical zone, with its layers and members in order, and audits it", async () => {
    const got = await getSchedule({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: scheduleId }, now: NOW });
    expect(got.timeZone).toBe("Europe/Berlin");
    expect(got.layers.map((l) => [l.name, l.handoff, l.members.map((m) => m.email)])).toEqual([
      ["primary", { every: "week", at: "09:00", weekday: "monday" }, [ana.email, ben.email]],
      ["secondary", { every: "day", at: "18:30", weekday: null }, [ben.email, ana.email]],
    ]);
    const audit = await s.t.db.auditLog.findFirst({ where: { action: "schedule.create", targetId: scheduleId } });
    expect(audit?.actorId).toBe(s.admin.id);
  });

  it("refuses non-admins, unknown zones, members who are no user and repeated layer names, saving nothing", async () => {
    const db = s.t.db;
    const good = input("Payments", [[ana.email], [ben.email]]);
    for (const u of [s.viewer, s.responder])
      await expect(createSchedule({ db, ctx: ctxOf(u), input: good })).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      await fieldErrors(createSchedule({ db, ctx: ctxOf(s.admin), input: { ...good, timeZone: "Mars/Olympus" } })),
    ).toEqual({
      timeZone: ["Unknown time zone"],
    });
    const stranger = input("Payments", [[ana.email, "nobody@example.com"], [ben.email]]);
    expect(await fieldErrors(createSchedule({ db, ctx: ctxOf(s.admin), input: stranger }))).toEqual({
      "layers.0.members.1": ["No user has the email nobody@example.com"],
    });
    const twice = { ...good, layers: [good.layers[0], { ...good.layers[1], name: "PRIMARY" }] };
    expect(Object.keys(await fieldErrors(createSchedule({ db, ctx: ctxOf(s.admin), input: twice as never })))).toEqual([
      "layers.1.name",
    ]);
    const weekly = { ...good, layers: [{ ...good.layers[0], handoff: { every: "week", at: "25:00" } }] };
    expect(Object.keys(await fieldErrors(createSchedule({ db, ctx: ctxOf(s.admin), input: weekly as never })))).toEqual(
      ["layers.0.handoff.at", "layers.0.handoff.weekday"],
    );
    expect(
      Object.keys(
        await fieldErrors(
          createSchedule({ db, ctx: ctxOf(s.admin), input: input("storefront ", [[ana.email], [ben.email]]) }),
        ),
      ),
    ).toEqual(["name"]);
    expect(await db.onCallSchedule.count()).toBe(1);
    expect(await db.onCallLayer.count()).toBe(2);
  });

  it("says who is on each layer at an instant, and nobody before a layer starts", async () => {
    const oncall = (at: string) =>
      scheduleOnCall({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: scheduleId, at } }).then((r) =>
        r.layers.map((l) => [l.name, l.user?.email ?? null]),
      );
    // Primary: the week of 1 June Ana, from Monday 8 June 09:00 Berlin (07:00 UTC) Ben. Secondary:
    // daily at 18:30 Berlin from 1 June, Ben first: Ben again from 7 June 18:30, Ana from 8 June 18:30.
    expect(await oncall("2026-06-08T06:59:59Z")).toEqual([
      ["primary", ana.email],
      ["secondary", ben.email],
    ]);
    expect(await oncall("2026-06-08T07:00:00Z")).toEqual([
      ["primary", ben.email],
      ["secondary", ben.email],
    ]);
    expect(await oncall("2026-06-01T06:00:00Z")).toEqual([
      ["primary", null],
      ["secondary", null],
    ]);
    const all = await onCallEverywhere({ db: s.t.db, ctx: ctxOf(s.viewer), now: new Date("2026-06-08T17:00:00Z") });
    expect(all.map((o) => [o.name, o.layers.map((l) => l.user?.name)])).toEqual([["Storefront", ["Ben", "Ana"]]]);
  });

  it("lists schedules a page at a time", async () => {
    const db = s.t.db;
    await createSchedule({ db, ctx: ctxOf(s.admin), input: input("Ads", [[ana.email], [ben.email]]) });
    const first = await listSchedules({ db, ctx: ctxOf(s.viewer), input: { limit: 1 } });
    expect(first.items.map((i) => i.name)).toEqual(["Ads"]);
    const second = await listSchedules({ db, ctx: ctxOf(s.viewer), input: { limit: 1, cursor: first.next ?? "" } });
    expect(second.items.map((i) => i.name)).toEqual(["Storefront"]);
    expect(second.next).toBeNull();
  });

  describe("overrides", () => {
    const week = { startsAt: "2026-06-12T08:00:00Z", endsAt: "2026-06-13T08:00:00Z" };

    it("a responder puts themselves on a layer; the override holds it and is audited", async () => {
      const db = s.t.db;
      const o = await addOverride({
        db,
        ctx: ctxOf(s.responder),
        input: { id: scheduleId, layer: "Primary", email: s.responder.email, ...week },
      });
      expect(o).toMatchObject({ layer: "primary", user: { email: s.responder.email }, createdBy: s.responder.email });
      const now = await scheduleOnCall({
        db,
        ctx: ctxOf(s.viewer),
        input: { id: scheduleId, at: "2026-06-12T20:00:00Z" },
      });
      expect(now.layers[0]).toMatchObject({
        user: { email: s.responder.email },
        override: true,
        ...{ since: "2026-06-12T08:00:00.000Z" },
      });
      // Before it, Ana's week ends where the override starts.
      const before = await scheduleOnCall({
        db,
        ctx: ctxOf(s.viewer),
        input: { id: scheduleId, at: "2026-06-10T00:00:00Z" },
      });
      expect(before.layers[0]).toMatchObject({
        user: { email: ben.email },
        until: "2026-06-12T08:00:00.000Z",
        override: false,
      });
      const detail = await getSchedule({ db, ctx: ctxOf(s.viewer), input: { id: scheduleId }, now: NOW });
      expect(detail.overrides.map((x) => x.id)).toEqual([o.id]);
      expect(await db.auditLog.count({ where: { action: "schedule.override.create", actorId: s.responder.id } })).toBe(
        1,
      );
    });

    it("lays the override over the rotation in the timeline", async () => {
      const t = await scheduleTimeline({
        db: s.t.db,
        ctx: ctxOf(s.viewer),
        input: { id: scheduleId },
        now: NOW,
        days: 7,
      });
      expect(t.layers[0]?.shifts.map((x) => [x.user.email, x.startsAt, x.endsAt, x.override])).toEqual([
        [ben.email, "2026-06-10T12:00:00.000Z", "2026-06-12T08:00:00.000Z", false],
        [s.responder.email, "2026-06-12T08:00:00.000Z", "2026-06-13T08:00:00.000Z", true],
        [ben.email, "2026-06-13T08:00:00.000Z", "2026-06-15T07:00:00.000Z", false],
        [ana.email, "2026-06-15T07:00:00.000Z", "2026-06-17T12:00:00.000Z", false],
      ]);
      expect(t.layers[1]?.shifts).toHaveLength(8);
    });

    it("refuses viewers, responders putting someone else on call, and bad ranges, naming the field", async () => {
      const db = s.t.db;
      const id = scheduleId;
      const base = {
        id,
        layer: "primary",
        email: s.viewer.email,
        startsAt: "2026-07-01T00:00:00Z",
        endsAt: "2026-07-02T00:00:00Z",
      };
      await expect(addOverride({ db, ctx: ctxOf(s.viewer), input: base })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addOverride({ db, ctx: ctxOf(s.responder), input: base })).rejects.toBeInstanceOf(ForbiddenError);
      const admin = ctxOf(s.admin);
      const overlap = { ...base, startsAt: "2026-06-12T20:00:00Z", endsAt: "2026-06-14T00:00:00Z" };
      expect(Object.keys(await fieldErrors(addOverride({ db, ctx: admin, input: overlap })))).toEqual([
        "startsAt",
        "endsAt",
      ]);
      const early = { ...base, startsAt: "2026-05-31T00:00:00Z" };
      expect(Object.keys(await fieldErrors(addOverride({ db, ctx: admin, input: early })))).toEqual(["startsAt"]);
      const backwards = { ...base, endsAt: base.startsAt };
      expect(Object.keys(await fieldErrors(addOverride({ db, ctx: admin, input: backwards })))).toEqual(["endsAt"]);
      expect(
        Object.keys(await fieldErrors(addOverride({ db, ctx: admin, input: { ...base, layer: "tertiary" } }))),
      ).toEqual(["layer"]);
      expect(
        Object.keys(await fieldErrors(addOverride({ db, ctx: admin, input: { ...base, email: "no@example.com" } }))),
      ).toEqual(["email"]);
      await expect(addOverride({ db, ctx: admin, input: { ...base, id: "nope" } })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect(await db.onCallOverride.count()).toBe(1);
      // An admin may put anyone on, right after another override ends.
      const next = { ...base, startsAt: week.endsAt, endsAt: "2026-06-14T00:00:00Z" };
      await expect(addOverride({ db, ctx: admin, input: next })).resolves.toMatchObject({
        user: { email: s.viewer.email },
      });
    });

    it("two overlapping overrides sent at once: one is saved", async () => {
      const db = s.t.db;
      const o = {
        id: scheduleId,
        layer: "secondary",
        email: ana.email,
        startsAt: "2026-08-01T00:00:00Z",
        endsAt: "2026-08-03T00:00:00Z",
      };
      const results = await Promise.allSettled([
        addOverride({ db, ctx: ctxOf(s.admin), input: o }),
        addOverride({
          db,
          ctx: ctxOf(s.admin),
          input: { ...o, startsAt: "2026-08-02T00:00:00Z", endsAt: "2026-08-04T00:00:00Z" },
        }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    });

    it("responders remove only their own overrides; a second concurrent delete finds it gone", async () => {
      const db = s.t.db;
      const detail = await getSchedule({ db, ctx: ctxOf(s.viewer), input: { id: scheduleId }, now: NOW });
      const own = detail.overrides.find((o) => o.user.email === s.responder.email)?.id as string;
      const other = detail.overrides.find((o) => o.user.email === s.viewer.email)?.id as string;
      await expect(
        deleteOverride({ db, ctx: ctxOf(s.viewer), input: { id: scheduleId, overrideId: own } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        deleteOverride({ db, ctx: ctxOf(s.responder), input: { id: scheduleId, overrideId: other } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const twice = await Promise.allSettled([
        deleteOverride({ db, ctx: ctxOf(s.responder), input: { id: scheduleId, overrideId: own } }),
        deleteOverride({ db, ctx: ctxOf(s.responder), input: { id: scheduleId, overrideId: own } }),
      ]);
      expect(twice.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect((twice.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(
        NotFoundError,
      );
      await expect(
        deleteOverride({ db, ctx: ctxOf(s.admin), input: { id: scheduleId, overrideId: other } }),
      ).resolves.toEqual({ id: other });
      expect(await db.auditLog.count({ where: { action: "schedule.override.delete" } })).toBe(2);
      const now = await scheduleOnCall({
        db,
        ctx: ctxOf(s.viewer),
        input: { id: scheduleId, at: "2026-06-12T20:00:00Z" },
      });
      expect(now.layers[0]).toMatchObject({ user: { email: ben.email }, override: false });
    });
  });
});
