import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { Ctx } from "../roles.ts";
import { getService } from "./get.ts";
import { listServices } from "./list.ts";

const now = new Date("2026-11-23T12:00:00.000Z");
const viewer: Ctx = { actor: { id: "viewer", email: "viewer@example.com", role: "VIEWER" } };

describe("service read services", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo({ db: t.db, now });
  });
  afterAll(() => t.drop());

  it("lists services by tier, then name, with open incident counts", async () => {
    const services = await listServices({ db: t.db, ctx: viewer });
    expect(services.map((s) => [s.tier, s.slug, s.openIncidentCount])).toEqual([
      ["TIER_1", "api", 1],
      ["TIER_1", "postgres", 0],
      ["TIER_1", "storefront", 0],
      ["TIER_1", "stripe", 0],
      ["TIER_2", "jobs", 0],
      ["TIER_2", "email", 0],
    ]);
    expect(services[0]).toEqual({
      id: expect.any(String),
      slug: "api",
      name: "API",
      description: expect.stringContaining("Render"),
      team: "Platform",
      tier: "TIER_1",
      runbookUrl: null,
      autoIncidentSeverity: null,
      public: true,
      publicName: "API",
      owner: null,
      openIncidentCount: 1,
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it("searches name, slug and team, and filters by tier", async () => {
    const slugs = async (input: Parameters<typeof listServices>[0]["input"]) =>
      (await listServices({ db: t.db, ctx: viewer, input })).map((s) => s.slug);
    expect(await slugs({ q: "PAYMENTS" })).toEqual(["stripe"]);
    expect(await slugs({ q: "platform" })).toEqual(["api", "postgres", "jobs"]);
    expect(await slugs({ q: "  neon " })).toEqual(["postgres"]);
    expect(await slugs({ tier: "TIER_2" })).toEqual(["jobs", "email"]);
    expect(await slugs({ tier: "TIER_3" })).toEqual([]);
    await expect(slugs({ tier: "GOLD" as never })).rejects.toBeInstanceOf(ValidationError);
  });

  it("shows the owner without private fields", async () => {
    const owner = await t.db.user.create({ data: { email: "ops@example.com", name: "Ops", passwordHash: "x" } });
    await t.db.service.update({ where: { slug: "email" }, data: { ownerId: owner.id } });
    const email = await getService({ db: t.db, ctx: viewer, input: { slug: "email" } });
    expect(email.owner).toEqual({ id: owner.id, name: "Ops", email: "ops@example.com" });
  });

  it("gets a service by slug or id with its runbook and recent incidents", async () => {
    const stripe = await getService({ db: t.db, ctx: viewer, input: { slug: "stripe" }, now });
    expect(stripe.runbookMd).toContain("stripe events resend");
    expect(stripe.recentIncidents).toHaveLength(1);
    expect(stripe.recentIncidents[0]).toMatchObject({
      title: "Stripe webhook failures",
      sla: { responseBreached: false, resolveBreached: false },
    });
    expect(await getService({ db: t.db, ctx: viewer, input: { id: stripe.id }, now })).toEqual(stripe);
  });

  it("gives NotFoundError for a missing service", async () => {
    await expect(getService({ db: t.db, ctx: viewer, input: { slug: "nope" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getService({ db: t.db, ctx: viewer, input: { id: "nope" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getService({ db: t.db, ctx: viewer, input: { slug: "" } })).rejects.toBeInstanceOf(ValidationError);
  });
});
