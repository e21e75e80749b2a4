import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { listAuditLog } from "./list.ts";

describe("listAuditLog", () => {
  let t: TestDb;
  let admin: TestUser;
  const base = Date.UTC(2026, 2, 1);
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN", email: "boss@example.com" });
    const rows = Array.from({ length: 230 }, (_, i) => ({
      actorId: i % 2 ? admin.id : null,
      actorLabel: i % 2 ? admin.email : "cli",
      action: i % 3 ? "user.update_role" : "token.create",
      targetType: i % 3 ? "user" : "api_token",
      // Pairs of rows share a timestamp, so the id tie-break is exercised.
      createdAt: new Date(base + Math.floor(i / 2) * 60_000),
      after: { i },
    }));
    await t.db.auditLog.createMany({ data: rows });
  });
  afterAll(() => t.drop());

  const list = (input: Parameters<typeof listAuditLog>[0]["input"]) =>
    listAuditLog({ db: t.db, ctx: ctxOf(admin), input });

  it("pages through everything newest first without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list({ limit: 100, cursor });
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(230);
    const first = (await list({ limit: 2 })).entries;
    expect(first.map((e) => (e.after as { i: number }).i).sort()).toEqual([228, 229]);
    expect(first[0]?.createdAt).toBe(new Date(base + 114 * 60_000).toISOString());
  });

  it("filters by actor, action prefix, target type and dates", async () => {
    const byActor = await list({ actor: "BOSS", limit: 100 });
    expect(byActor.entries.every((e) => e.actorLabel === "boss@example.com")).toBe(true);
    const tokens = await list({ action: "token.", targetType: "api_token", limit: 100 });
    expect(tokens.entries.length).toBe(77);
    const window = await list({
      from: new Date(base + 10 * 60_000).toISOString(),
      to: new Date(base + 11 * 60_000),
      limit: 100,
    });
    expect(window.entries.map((e) => (e.after as { i: number }).i).sort((a, b) => a - b)).toEqual([20, 21, 22, 23]);
    expect(window.nextCursor).toBeNull();
  });

  it("rejects a bad cursor, a page over 100 and reversed dates", async () => {
    for (const input of [{ cursor: "garbage" }, { limit: 101 }, { from: new Date(base + 1), to: new Date(base) }]) {
      await expect(list(input)).rejects.toBeInstanceOf(ValidationError);
    }
  });

  it("refuses a responder", async () => {
    const responder = await makeUser(t.db, { role: "RESPONDER" });
    await expect(listAuditLog({ db: t.db, ctx: ctxOf(responder) })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
