import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, ValidationError } from "../errors.ts";
import { activeMaintenance, createMaintenanceWindow, endMaintenanceWindow } from "./maintenance.ts";
import { type CheckSuite, checkSuite, ctxOf, insertCheck } from "./test-fixtures.ts";

const now = new Date("2026-11-23T12:00:00.000Z");
const at = (min: number) => new Date(now.getTime() + min * 60_000);

describe("maintenance windows", () => {
  let s: CheckSuite;
  let checkId: string;
  beforeAll(async () => {
    s = await checkSuite();
    ({ id: checkId } = await insertCheck(s.t.db, s.serviceId, "Health"));
  });
  afterAll(() => s.t.drop());

  it("creates a window for a service, shows it active, and ends it", async () => {
    const ctx = ctxOf(s.responder);
    const w = await createMaintenanceWindow({
      db: s.t.db,
      ctx,
      input: { serviceId: s.serviceId, endsAt: at(30).toISOString(), reason: "Upgrade" },
      now,
    });
    expect(w).toMatchObject({ serviceId: s.serviceId, checkId: null, startsAt: now.toISOString() });
    expect((await activeMaintenance(s.t.db, at(1))).serviceIds.has(s.serviceId)).toBe(true);
    const ended = await endMaintenanceWindow({ db: s.t.db, ctx, input: { id: w.id }, now: at(10) });
    expect(ended.endsAt).toBe(at(10).toISOString());
    expect((await activeMaintenance(s.t.db, at(11))).serviceIds.size).toBe(0);
    await expect(endMaintenanceWindow({ db: s.t.db, ctx, input: { id: w.id }, now: at(12) })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await s.t.db.auditLog.count({ where: { targetId: w.id } })).toBe(2);
  });

  it("refuses bad times, both or neither target, and saves nothing", async () => {
    const ctx = ctxOf(s.responder);
    const past = await createMaintenanceWindow({
      db: s.t.db,
      ctx,
      input: { checkId, endsAt: at(-1), reason: "x" },
      now,
    }).catch((e) => e);
    expect(past.fieldErrors).toEqual({ endsAt: ["Choose an end in the future"] });
    const inverted = await createMaintenanceWindow({
      db: s.t.db,
      ctx,
      input: { checkId, startsAt: at(20), endsAt: at(10), reason: "x" },
      now,
    }).catch((e) => e);
    expect(inverted.fieldErrors).toEqual({ endsAt: ["End after the start"] });
    const both = await createMaintenanceWindow({
      db: s.t.db,
      ctx,
      input: { checkId, serviceId: s.serviceId, endsAt: at(10), reason: "x" },
      now,
    }).catch((e) => e);
    expect(both).toBeInstanceOf(ValidationError);
    expect(both.fieldErrors.checkId).toEqual(["Choose a check or a service, not both"]);
    expect(await s.t.db.maintenanceWindow.count({ where: { checkId } })).toBe(0);
  });

  it("refuses a viewer", async () => {
    await expect(
      createMaintenanceWindow({
        db: s.t.db,
        ctx: ctxOf(s.viewer),
        input: { checkId, endsAt: at(10), reason: "x" },
        now,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
