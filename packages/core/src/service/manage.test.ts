import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { createService } from "./create.ts";
import { deleteService } from "./delete.ts";
import { updateService } from "./update.ts";

describe("createService, updateService, deleteService", () => {
  let t: TestDb;
  let responder: TestUser;
  let viewer: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    responder = await makeUser(t.db, { role: "RESPONDER" });
    viewer = await makeUser(t.db, { role: "VIEWER" });
  });
  afterAll(() => t.drop());

  it("creates with a slug from the name and audits", async () => {
    const s = await createService({
      db: t.db,
      ctx: ctxOf(responder),
      input: {
        name: "Billing API (EU)",
        team: "Payments",
        ownerId: responder.id,
        runbookUrl: "https://wiki.example.com/billing",
      },
    });
    expect(s).toMatchObject({ slug: "billing-api-eu", tier: "TIER_2", team: "Payments", owner: { id: responder.id } });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "service.create", targetId: s.id } });
    expect(audit.after).toMatchObject({ slug: "billing-api-eu", name: "Billing API (EU)" });
  });

  it("refuses a taken slug, a non-http runbook URL and an unknown owner, saving nothing", async () => {
    await expect(createService({ db: t.db, ctx: ctxOf(responder), input: { name: "Billing API EU" } })).rejects.toThrow(
      new ConflictError("A service with slug billing-api-eu exists"),
    );
    const bad = await createService({
      db: t.db,
      ctx: ctxOf(responder),
      input: { name: "X", runbookUrl: "javascript:alert(1)" },
    }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fieldErrors).toEqual({ runbookUrl: ["Use an http:// or https:// URL"] });
    const owner = await createService({
      db: t.db,
      ctx: ctxOf(responder),
      input: { name: "X", ownerId: "nobody" },
    }).catch((e) => e);
    expect(owner.fieldErrors).toEqual({ ownerId: ["No such user"] });
    expect(await t.db.service.count()).toBe(1);
  });

  it("updates fields, clears with empty strings and records before/after", async () => {
    const s = await updateService({
      db: t.db,
      ctx: ctxOf(responder),
      input: { serviceSlug: "billing-api-eu", slug: "billing", tier: "TIER_1", team: "" },
    });
    expect(s).toMatchObject({ slug: "billing", tier: "TIER_1", team: null });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "service.update" } });
    expect(audit).toMatchObject({
      before: { slug: "billing-api-eu", team: "Payments" },
      after: { slug: "billing", team: null },
    });
  });

  it("sets and clears the automatic incident policy, leaving it alone when not sent", async () => {
    const ctx = ctxOf(responder);
    const set = await updateService({ db: t.db, ctx, input: { serviceSlug: "billing", autoIncidentSeverity: "P1" } });
    expect(set.autoIncidentSeverity).toBe("P1");
    expect(
      (await updateService({ db: t.db, ctx, input: { serviceSlug: "billing", team: "Pay" } })).autoIncidentSeverity,
    ).toBe("P1");
    expect(
      (await updateService({ db: t.db, ctx, input: { serviceSlug: "billing", autoIncidentSeverity: "" } }))
        .autoIncidentSeverity,
    ).toBeNull();
    await expect(
      updateService({ db: t.db, ctx, input: { serviceSlug: "billing", autoIncidentSeverity: "P9" as "P1" } }),
    ).rejects.toMatchObject({ fieldErrors: { autoIncidentSeverity: [expect.any(String)] } });
  });

  it("publishes a service on the status page under a public name, audited, and a blank name falls back", async () => {
    const ctx = ctxOf(responder);
    const pub = await updateService({
      db: t.db,
      ctx,
      input: { serviceSlug: "billing", public: true, publicName: " Payments " },
    });
    expect(pub).toMatchObject({ public: true, publicName: "Payments" });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "service.update", targetId: pub.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.before).toMatchObject({ public: false, publicName: null });
    expect(audit.after).toMatchObject({ public: true, publicName: "Payments" });
    expect(
      (await updateService({ db: t.db, ctx, input: { serviceSlug: "billing", publicName: "" } })).publicName,
    ).toBeNull();
    await expect(
      updateService({ db: t.db, ctx, input: { serviceSlug: "billing", public: "yes" as unknown as boolean } }),
    ).rejects.toMatchObject({ fieldErrors: { public: [expect.any(String)] } });
    await expect(
      updateService({ db: t.db, ctx: ctxOf(viewer), input: { serviceSlug: "billing", public: false } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a viewer every change", async () => {
    const ctx = ctxOf(viewer);
    await expect(createService({ db: t.db, ctx, input: { name: "V" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateService({ db: t.db, ctx, input: { serviceSlug: "billing", name: "V" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteService({ db: t.db, ctx, input: { serviceSlug: "billing" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await t.db.service.count()).toBe(1);
  });

  it("deletes once when two deletes race", async () => {
    const results = await Promise.allSettled(
      [1, 2].map(() => deleteService({ db: t.db, ctx: ctxOf(responder), input: { serviceSlug: "billing" } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toBeInstanceOf(NotFoundError);
    expect(await t.db.auditLog.count({ where: { action: "service.delete" } })).toBe(1);
  });
});
