import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { ctxOf, expectAuditClean, makeUser, type TestUser } from "../testing.ts";
import { generateKey, parseKey } from "./crypto.ts";
import { listSecrets, putSecret, readSecret } from "./store.ts";

const VALUE = "xoxb-super-secret-slack-value";

describe("secret store", () => {
  let t: TestDb;
  let admin: TestUser;
  const key = parseKey(generateKey());
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
  });
  afterAll(() => t.drop());

  it("stores a secret encrypted, reads it back and audits without the value", async () => {
    const dto = await putSecret({ db: t.db, ctx: ctxOf(admin), key, name: "slack.bot", value: VALUE });
    expect(Object.keys(dto).sort()).toEqual(["createdAt", "id", "name", "updatedAt"]);
    const row = await t.db.secret.findUniqueOrThrow({ where: { name: "slack.bot" } });
    expect(row.ciphertext).not.toContain(VALUE);
    expect(await readSecret(t.db, key, "slack.bot")).toBe(VALUE);
    await putSecret({ db: t.db, ctx: ctxOf(admin), key, name: "slack.bot", value: `${VALUE}-2` });
    expect(await readSecret(t.db, key, "slack.bot")).toBe(`${VALUE}-2`);
    const actions = (await t.db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).map((a) => [a.action, a.after]);
    expect(actions).toEqual([
      ["secret.create", { name: "slack.bot" }],
      ["secret.update", { name: "slack.bot" }],
    ]);
    await expectAuditClean(t.db, [VALUE, row.ciphertext]);
  });

  it("refuses a viewer", async () => {
    const viewer = await makeUser(t.db);
    await expect(putSecret({ db: t.db, ctx: ctxOf(viewer), key, name: "stolen", value: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(listSecrets({ db: t.db, ctx: ctxOf(viewer) })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.secret.count({ where: { name: "stolen" } })).toBe(0);
  });

  it("binds a ciphertext to its name and key", async () => {
    await putSecret({ db: t.db, ctx: ctxOf(admin), key, name: "pagerduty", value: "pd-value" });
    const pd = await t.db.secret.findUniqueOrThrow({ where: { name: "pagerduty" } });
    await t.db.secret.update({ where: { name: "slack.bot" }, data: { ciphertext: pd.ciphertext } });
    await expect(readSecret(t.db, key, "slack.bot")).rejects.toThrow();
    await expect(readSecret(t.db, parseKey(generateKey()), "pagerduty")).rejects.toThrow();
    expect(await readSecret(t.db, key, "missing")).toBeNull();
  });

  it("validates names and lists names and dates only", async () => {
    await expect(putSecret({ db: t.db, ctx: ctxOf(admin), key, name: "has space", value: "x" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(putSecret({ db: t.db, ctx: ctxOf(admin), key, name: "empty", value: "" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const list = await listSecrets({ db: t.db, ctx: ctxOf(admin) });
    expect(list.map((s) => s.name)).toEqual(["pagerduty", "slack.bot"]);
    expect(JSON.stringify(list)).not.toMatch(/ciphertext|pd-value|v1\./);
  });
});
