import type { Db } from "@opsdeck/db";
import { describe, expect, it } from "vitest";
import { evaluateEvidence, evaluateRules } from "./evaluate.ts";
import { EVIDENCE_LABEL, EVIDENCE_RULES, isEvidenceRule } from "./rules.ts";
import { freshDbPerTest, makeIncident, NOW } from "./test-fixtures.ts";

/** A client whose every query fails the way Prisma reports it: call site first, the reason last. */
function brokenDb(message: string): Db {
  const fail = () => Promise.reject(new Error(message));
  const member = new Proxy(fail, { get: () => fail });
  return new Proxy({}, { get: () => member }) as unknown as Db;
}

describe("evidence rules", () => {
  it("knows its rules and labels each", () => {
    expect(EVIDENCE_RULES.filter(isEvidenceRule)).toEqual([...EVIDENCE_RULES]);
    expect(isEvidenceRule("backups.stale")).toBe(false);
    expect(isEvidenceRule(undefined)).toBe(false);
    expect(EVIDENCE_LABEL["backups.fresh"]).toBe(
      "Every Postgres target has a backup from the last 24 h and a successful verification from the last 90 days",
    );
  });
});

describe("evaluateRules", () => {
  const t = freshDbPerTest();

  it("evaluates each distinct rule once, keyed by rule", async () => {
    const p0 = await makeIncident(t.db, { title: "Site down", severity: "P0" });
    const got = await evaluateRules(
      t.db,
      ["incidents.none_open_major", "backups.fresh", "incidents.none_open_major"],
      NOW,
    );
    expect([...got.keys()]).toEqual(["incidents.none_open_major", "backups.fresh"]);
    expect(got.get("incidents.none_open_major")).toMatchObject({
      status: "fail",
      summary: expect.stringContaining(`#${p0.number} P0`),
    });
    expect(got.get("backups.fresh")).toMatchObject({ status: "unknown", summary: "No Postgres targets" });
  });

  it("runs every rule inside a caller's transaction too", async () => {
    const got = await t.db.$transaction((tx) => evaluateRules(tx, EVIDENCE_RULES, NOW));
    expect(Object.fromEntries([...got].map(([rule, e]) => [rule, e.status]))).toEqual({
      "backups.fresh": "unknown",
      "incidents.none_open_major": "pass",
      "checks.all_up": "unknown",
      "tls.not_expiring": "unknown",
      "postmortems.none_overdue": "pass",
    });
  });

  it("turns a failing query into unknown with the error's reason, for every rule", async () => {
    const db = brokenDb(
      "\nInvalid `prisma.incident.findMany()` invocation:\n\n\nCan't reach database server at `db:5432`\n",
    );
    const got = await evaluateRules(db, EVIDENCE_RULES, NOW);
    expect(got.size).toBe(EVIDENCE_RULES.length);
    for (const rule of EVIDENCE_RULES) {
      expect(got.get(rule)).toEqual({
        rule,
        status: "unknown",
        summary: "Could not evaluate: Can't reach database server at `db:5432`",
        links: [],
        evaluatedAt: NOW.toISOString(),
      });
    }
    await expect(evaluateEvidence(db, "checks.all_up", NOW)).resolves.toMatchObject({ status: "unknown" });
  });

  it("turns a query the database refuses into unknown", async () => {
    await t.db.$executeRawUnsafe(`ALTER TABLE "Backup" RENAME TO "BackupGone"`);
    await t.db.target.create({ data: { name: "shop-db", kind: "POSTGRES", config: {} } });
    const got = await evaluateRules(t.db, ["backups.fresh", "incidents.none_open_major"], NOW);
    expect(got.get("backups.fresh")).toMatchObject({
      status: "unknown",
      summary: 'Could not evaluate: Raw query failed. Code: `42P01`. Message: `relation "Backup" does not exist`',
    });
    expect(got.get("incidents.none_open_major")?.status).toBe("pass");
  });
});
