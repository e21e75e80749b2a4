import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "@opsdeck/core/testing";
import { run } from "./run.ts";
import { fakeIo } from "./testing.ts";

describe("run", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  const exec = async (
    argv: string[],
    passwords: string[] = [],
    env: Record<string, string | undefined> = { DATABASE_URL: t.url },
  ) => {
    const f = fakeIo(passwords);
    const code = await run(argv, { env, io: f.io });
    return { code, ...f };
  };

  it("prints help and exits 0 without a database", async () => {
    const r = await exec(["help"], [], {});
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toMatch(/user create --email E --role/);
  });

  it("exits 1 with a usage hint on bad arguments or a missing DATABASE_URL", async () => {
    const bad = await exec(["user", "create", "--nope"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([
      "opsdeck: user create: Unknown option '--nope'",
      "Run `npm run opsdeck -- help` for usage.",
    ]);
    const noDb = await exec(["user", "list"], [], {});
    expect(noDb.code).toBe(1);
    expect(noDb.err[0]).toMatch(/DATABASE_URL is not set/);
  });

  it("prints field errors by flag, before asking for a password", async () => {
    const r = await exec(["user", "create", "--email", "not-an-email", "--role", "boss"]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual(["--email: Invalid email", "--role: Use one of VIEWER, RESPONDER, ADMIN"]);
    expect(r.prompts).toEqual([]);
  });

  it("runs a command against the database and exits 0", async () => {
    const created = await exec(
      ["user", "create", "--email", "run@example.com", "--role", "admin"],
      ["a fine long password"],
    );
    expect(created).toMatchObject({ code: 0, err: [] });
    const listed = await exec(["user", "list"]);
    expect(listed.out.join("\n")).toMatch(/run@example\.com\s+ADMIN\s+enabled/);
  });

  it("reports an unreachable database in one line, without a stack", async () => {
    const r = await exec(["user", "list"], [], { DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:1/none" });
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^opsdeck: unexpected error: /);
    expect(r.err[0]).not.toMatch(/\n/);
  });
});
