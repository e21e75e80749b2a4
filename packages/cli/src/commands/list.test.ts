import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "@opsdeck/core/testing";
import { run } from "../run.ts";
import { fakeIo } from "../testing.ts";
import { checkList } from "./check-list.ts";
import { serviceList } from "./service-list.ts";

describe("check list and service list", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    for (const [i, slug] of ["billing", "api", "web"].entries()) {
      const s = await t.db.service.create({ data: { slug, name: slug.toUpperCase(), tier: i ? "TIER_2" : "TIER_1" } });
      for (let n = 0; n < 4; n++)
        await t.db.check.create({
          data: {
            serviceId: s.id,
            name: `${slug} ${n}`,
            kind: "HTTP",
            config: {},
            state: n === 1 && i === 2 ? "DOWN" : "UP",
          },
        });
    }
  });
  afterAll(() => t.drop());

  it("follows the cursor through every page: each check once, by service and name", async () => {
    const f = fakeIo();
    await checkList({ db: t.db, io: f.io, args: { name: "check list", json: false }, pageSize: 5 });
    expect(f.out[0]).toMatch(/^SERVICE\s+CHECK\s+KIND\s+STATE\s+ID$/);
    const names = f.out.slice(1).map((l) => l.split(/\s{2,}/)[1]);
    expect(names).toEqual(
      [0, 1, 2, 3]
        .map((n) => `api ${n}`)
        .concat(
          [0, 1, 2, 3].map((n) => `billing ${n}`),
          [0, 1, 2, 3].map((n) => `web ${n}`),
        ),
    );
    expect(f.err).toEqual(["12 shown; all 12 checks: 1 down, 11 up"]);
  });

  it("filters by state and prints one JSON object per line", async () => {
    const f = fakeIo();
    await checkList({ db: t.db, io: f.io, args: { name: "check list", state: "DOWN", json: true }, pageSize: 1 });
    expect(f.out.map((l) => JSON.parse(l))).toEqual([
      { service: "web", id: expect.any(String), name: "web 1", kind: "HTTP", state: "DOWN" },
    ]);
    expect(f.err[0]).toMatch(/^1 shown; all 12 checks/);
  });

  it("lists services a page at a time, most critical tier first", async () => {
    const f = fakeIo();
    await serviceList({ db: t.db, io: f.io, args: { name: "service list", json: false }, pageSize: 2 });
    expect(f.out.slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual(["billing", "api", "web"]);
  });

  it("runs from the command line, with flag errors by name", async () => {
    const ok = fakeIo();
    expect(
      await run(["check", "list", "--order", "worst", "--json"], { env: { DATABASE_URL: t.url }, io: ok.io }),
    ).toBe(0);
    expect(JSON.parse(ok.out[0] ?? "{}")).toMatchObject({ name: "web 1", state: "DOWN" });
    const bad = fakeIo();
    expect(await run(["check", "list", "--state", "sideways"], { env: { DATABASE_URL: t.url }, io: bad.io })).toBe(1);
    expect(bad.err[0]).toMatch(/^--state: /);
  });
});
