import type { Severity } from "@opsdeck/db";
import { startSmtpReceiver, type SmtpReceiver } from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { declareIncident } from "../incident/declare.ts";
import { resolveIncident } from "../incident/resolve.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, expectAuditClean, fieldErrors, type RoleSuite, roleSuite } from "../testing.ts";
import { createEscalationPolicy } from "./create.ts";
import { escalatingCounts } from "./escalating-counts.ts";
import { getEscalationPolicy } from "./list.ts";
import { escalationTeam } from "./testing.ts";
import { updateEscalationPolicy } from "./update.ts";

const key = parseKey(generateKey());

describe("updating an escalation policy", () => {
  let s: RoleSuite;
  let smtp: SmtpReceiver;
  let team: Awaited<ReturnType<typeof escalationTeam>>;
  const admin = () => ctxOf(s.admin);
  const update = (input: Record<string, unknown>, ctx = admin()) =>
    updateEscalationPolicy({ db: s.t.db, ctx, input: input as never });
  const policy = (name: string, severities: Severity[] = ["P2"]) => ({
    name,
    severities,
    steps: [
      { notify: { schedule: team.schedule, layer: "primary" }, waitMinutes: 5 },
      { notify: { schedule: team.schedule, layer: "secondary" }, waitMinutes: 10 },
    ],
    repeat: 1,
  });

  beforeAll(async () => {
    s = await roleSuite();
    smtp = await startSmtpReceiver();
    team = await escalationTeam(s.t.db, key, smtp.port, s.admin);
    await s.t.db.service.create({ data: { slug: "shop", name: "Shop" } });
  });
  afterAll(async () => {
    await smtp.close();
    await s.t.drop();
  });

  it("replaces the fields and the steps in order, audited with before and after; a viewer and a responder are refused", async () => {
    const p = await createEscalationPolicy({ db: s.t.db, ctx: admin(), input: policy("Day shift") });
    const edit = {
      id: p.id,
      name: "day shift",
      severities: ["P1", "P2"],
      services: ["shop"],
      hours: "WORKING_HOURS",
      repeat: 3,
      steps: [
        { notify: { email: team.carl.email }, waitMinutes: 15 },
        { notify: { schedule: team.schedule, layer: "secondary" }, waitMinutes: 1 },
        { notify: { schedule: team.schedule, layer: "primary" }, waitMinutes: 1440 },
      ],
    };
    for (const u of [s.viewer, s.responder])
      await expect(update(edit, ctxOf(u))).rejects.toBeInstanceOf(ForbiddenError);
    const after = await update(edit);
    expect(after).toEqual(edit);
    expect(await getEscalationPolicy({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: p.id } })).toEqual(after);
    expect(await s.t.db.escalationStep.count({ where: { policyId: p.id } })).toBe(3);
    const audit = await s.t.db.auditLog.findMany({ where: { targetId: p.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["escalation_policy.create", "escalation_policy.update"]);
    expect(audit[1]?.before).toMatchObject({ name: "Day shift", repeat: 1 });
    expect(audit[1]?.after).toMatchObject({ name: "day shift", repeat: 3 });
    await expectAuditClean(s.t.db);
  });

  it("refuses bad steps, empty steps and a taken name by field, changing nothing", async () => {
    const p = await createEscalationPolicy({ db: s.t.db, ctx: admin(), input: policy("Night shift") });
    await createEscalationPolicy({ db: s.t.db, ctx: admin(), input: policy("Weekend") });
    const before = await s.t.db.escalationStep.findMany({ where: { policyId: p.id }, orderBy: { position: "asc" } });
    const bad = await fieldErrors(
      update({
        ...policy("Night shift"),
        id: p.id,
        steps: [
          { notify: { schedule: team.schedule, layer: "primary" }, waitMinutes: 0 },
          { notify: { schedule: team.schedule, layer: "tertiary" }, waitMinutes: 5 },
        ],
      }),
    );
    expect(Object.keys(bad)).toEqual(["steps.0.waitMinutes"]);
    const unknown = await fieldErrors(
      update({
        ...policy("Night shift"),
        id: p.id,
        steps: [
          { notify: { schedule: "Nope", layer: "primary" }, waitMinutes: 5 },
          { notify: { schedule: team.schedule, layer: "tertiary" }, waitMinutes: 5 },
        ],
      }),
    );
    expect(Object.keys(unknown).sort()).toEqual(["steps.0.notify.schedule", "steps.1.notify.layer"]);
    expect(await fieldErrors(update({ ...policy("Night shift"), id: p.id, steps: [] }))).toHaveProperty("steps");
    expect(await fieldErrors(update({ ...policy("WEEKEND"), id: p.id }))).toHaveProperty("name");
    expect(await s.t.db.escalationStep.findMany({ where: { policyId: p.id }, orderBy: { position: "asc" } })).toEqual(
      before,
    );
    expect((await s.t.db.escalationPolicy.findUniqueOrThrow({ where: { id: p.id } })).name).toBe("Night shift");
    await expect(update({ ...policy("Gone"), id: "nope" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("counts the open incidents each policy is escalating", async () => {
    const p = await createEscalationPolicy({ db: s.t.db, ctx: admin(), input: policy("P0 chain", ["P0"]) });
    const declare = () =>
      declareIncident({
        db: s.t.db,
        ctx: ctxOf(s.responder),
        input: { title: "x", severity: "P0", services: ["shop"] },
      });
    const [a] = [await declare(), await declare()];
    expect((await escalatingCounts({ db: s.t.db, ctx: ctxOf(s.viewer) }))[p.id]).toBe(2);
    await resolveIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { number: a?.number ?? 0 } });
    expect((await escalatingCounts({ db: s.t.db, ctx: ctxOf(s.viewer) }))[p.id]).toBe(1);
  });
});
