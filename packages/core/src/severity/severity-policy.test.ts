import type { TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { listSeverityPolicy } from "./list.ts";
import { RUNBOOK_POLICY, SEVERITIES } from "./policy.ts";
import { readSeverityPolicy } from "./read.ts";
import { updateSeverityPolicy } from "./update.ts";

const TARGETS = {
  responseMinutes: 45,
  resolveMinutes: 720,
  updateCadenceMinutes: 90,
  postmortemRequired: true,
  postmortemDueHours: 72,
} as const;
const P2 = { severity: "P2", ...TARGETS } as const;

describe("severity policy", () => {
  let s: RoleSuite;
  let t: TestDb;
  const counts = async () => ({
    audit: await t.db.auditLog.count(),
    live: await t.db.liveEvent.count(),
    rows: JSON.stringify(await t.db.severityPolicy.findMany({ orderBy: { severity: "asc" } })),
  });

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
  });
  afterAll(() => t.drop());

  it("starts as the runbook's, which every role reads", async () => {
    expect(await readSeverityPolicy(t.db)).toEqual(RUNBOOK_POLICY);
    const list = await listSeverityPolicy({ db: t.db, ctx: ctxOf(s.viewer) });
    expect(list.map((p) => p.severity)).toEqual([...SEVERITIES]);
    expect(list[0]).toMatchObject({
      label: "P0 – Critical (site down)",
      criteria: ["Service completely unavailable", "Data loss occurring", "Security breach active"],
      ...RUNBOOK_POLICY.P0,
    });
    expect(Date.parse(list[0]?.updatedAt ?? "")).not.toBeNaN();
  });

  it("refuses viewers and responders, writing nothing", async () => {
    const before = await counts();
    for (const who of [s.viewer, s.responder])
      await expect(updateSeverityPolicy({ db: t.db, ctx: ctxOf(who), input: P2 })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    expect(await counts()).toEqual(before);
  });

  it("refuses values out of bounds with a message per field, writing nothing", async () => {
    const before = await counts();
    const errors = async (input: Record<string, unknown>) => {
      const err = await updateSeverityPolicy({ db: t.db, ctx: ctxOf(s.admin), input: input as never }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ValidationError);
      return (err as ValidationError).fieldErrors;
    };
    expect(await errors({ ...P2, responseMinutes: 0, updateCadenceMinutes: 4, postmortemDueHours: 721 })).toEqual({
      responseMinutes: ["At least 1 min"],
      updateCadenceMinutes: ["At least 5 min"],
      postmortemDueHours: ["At most 720 h"],
    });
    expect(await errors({ ...P2, responseMinutes: 120, resolveMinutes: 60 })).toEqual({
      resolveMinutes: ["Cannot be shorter than the response target"],
    });
    expect(await errors({ ...P2, resolveMinutes: 43_201, responseMinutes: 1.5 })).toMatchObject({
      responseMinutes: [expect.stringMatching(/whole number/)],
      resolveMinutes: ["At most 43200 min"],
    });
    expect(Object.keys(await errors({ ...P2, severity: "P4", postmortemRequired: "yes" })).sort()).toEqual([
      "postmortemRequired",
      "severity",
    ]);
    const { updateCadenceMinutes: _, ...noCadence } = P2;
    expect(Object.keys(await errors(noCadence))).toEqual(["updateCadenceMinutes"]);
    expect(await counts()).toEqual(before);
  });

  it("lets an admin replace a severity's policy: audited with both versions, and open pages told", async () => {
    const live0 = await t.db.liveEvent.count();
    const saved = await updateSeverityPolicy({ db: t.db, ctx: ctxOf(s.admin), input: P2 });
    expect(saved).toMatchObject({ ...P2, label: "P2 – Medium (minor impact)" });
    expect((await readSeverityPolicy(t.db)).P2).toEqual(TARGETS);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "severity_policy.update" } });
    expect(audit).toMatchObject({
      actorId: s.admin.id,
      targetType: "severityPolicy",
      targetId: "P2",
      before: RUNBOOK_POLICY.P2,
      after: TARGETS,
    });
    expect(await t.db.liveEvent.findMany({ skip: live0 })).toMatchObject([
      { kind: "severity_policy.changed", payload: { severity: "P2" }, minRole: "VIEWER" },
    ]);
  });

  it("takes no cadence (null), and leaves the other severities alone", async () => {
    await updateSeverityPolicy({ db: t.db, ctx: ctxOf(s.admin), input: { ...P2, updateCadenceMinutes: null } });
    const policy = await readSeverityPolicy(t.db);
    expect(policy.P2.updateCadenceMinutes).toBeNull();
    expect([policy.P0, policy.P1, policy.P3]).toEqual([RUNBOOK_POLICY.P0, RUNBOOK_POLICY.P1, RUNBOOK_POLICY.P3]);
  });
});
