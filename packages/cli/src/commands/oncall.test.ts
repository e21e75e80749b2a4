import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addOverride, createSchedule, systemCtx } from "@opsdeck/core";
import "@opsdeck/core/testing";
import { run } from "../run.ts";
import { fakeIo } from "../testing.ts";

describe("oncall", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    for (const [email, name] of [
      ["ana@example.com", "Ana"],
      ["ben@example.com", null],
    ])
      await t.db.user.create({ data: { email: email as string, name, role: "RESPONDER" } });
    const ctx = systemCtx("test");
    const layer = { startsAt: "2026-06-01T07:00:00Z", members: ["ana@example.com", "ben@example.com"] };
    const { id } = await createSchedule({
      db: t.db,
      ctx,
      input: {
        name: "Storefront",
        timeZone: "Europe/Berlin",
        layers: [
          { ...layer, name: "primary", handoff: { every: "week", at: "09:00", weekday: "monday" } },
          {
            ...layer,
            name: "secondary",
            handoff: { every: "week", at: "09:00", weekday: "monday" },
            members: layer.members.toReversed(),
          },
        ],
      },
    });
    const override = {
      layer: "secondary",
      email: "ana@example.com",
      startsAt: "2026-06-03T00:00:00Z",
      endsAt: "2026-06-04T00:00:00Z",
    };
    await addOverride({ db: t.db, ctx, input: { id, ...override } });
  });
  afterAll(() => t.drop());

  const oncall = async (...argv: string[]) => {
    const f = fakeIo();
    const code = await run(["oncall", ...argv], { env: { DATABASE_URL: t.url }, io: f.io });
    return { code, out: f.out, err: f.err };
  };

  it("prints who is on each layer until when, in the schedule's zone, with overrides marked", async () => {
    const r = await oncall("--at", "2026-06-03T12:00:00Z");
    expect(r.code).toBe(0);
    expect(r.out.map((l) => l.split(/\s{2,}/))).toEqual([
      ["SCHEDULE", "LAYER", "ON CALL", "UNTIL"],
      ["Storefront", "primary", "Ana", "2026-06-08 09:00 GMT+2"],
      ["Storefront", "secondary", "Ana (override)", "2026-06-04 02:00 GMT+2"],
    ]);
  });

  it("prints one JSON object per layer, and refuses a time that is not one", async () => {
    const r = await oncall("--json", "--at", "2026-06-08T07:00:00Z");
    expect(r.out.map((l) => JSON.parse(l))).toEqual([
      {
        schedule: "Storefront",
        layer: "primary",
        email: "ben@example.com",
        name: null,
        until: "2026-06-15T07:00:00.000Z",
        override: false,
      },
      {
        schedule: "Storefront",
        layer: "secondary",
        email: "ana@example.com",
        name: "Ana",
        until: "2026-06-15T07:00:00.000Z",
        override: false,
      },
    ]);
    const bad = await oncall("--at", "yesterday");
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/^--at: Enter time as an ISO 8601 date-time/);
  });
});
