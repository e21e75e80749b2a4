import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { deleteCheck } from "./delete.ts";
import { requestCheckRun } from "./run-now.ts";
import { setCheckPaused } from "./set-paused.ts";
import { type CheckSuite, checkSuite, ctxOf, insertCheck } from "./test-fixtures.ts";

const now = new Date("2026-11-23T12:00:00.000Z");

describe("setCheckPaused, requestCheckRun and deleteCheck", () => {
  let s: CheckSuite;
  let id: string;
  beforeAll(async () => {
    s = await checkSuite();
    ({ id } = await insertCheck(s.t.db, s.serviceId, "Health", { state: "DOWN", health: "DOWN" }));
  });
  afterAll(() => s.t.drop());

  it("pauses (state PAUSED), refuses a run while paused, resumes (state UNKNOWN) and records events", async () => {
    const ctx = ctxOf(s.responder);
    expect(await setCheckPaused({ db: s.t.db, ctx, input: { id, paused: true }, now })).toMatchObject({
      paused: true,
      state: "PAUSED",
    });
    await expect(requestCheckRun({ db: s.t.db, ctx, input: { id }, now })).rejects.toBeInstanceOf(ConflictError);
    const resumed = await setCheckPaused({ db: s.t.db, ctx, input: { id, paused: false }, now });
    expect(resumed).toMatchObject({ paused: false, state: "UNKNOWN", stateSince: now.toISOString() });
    const events = await s.t.db.checkEvent.findMany({ where: { checkId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.from, e.to])).toEqual([
      ["DOWN", "PAUSED"],
      ["PAUSED", "UNKNOWN"],
    ]);
    expect(await s.t.db.auditLog.count({ where: { action: { in: ["check.pause", "check.resume"] } } })).toBe(2);
  });

  it("requests a run the worker will pick up", async () => {
    const dto = await requestCheckRun({ db: s.t.db, ctx: ctxOf(s.responder), input: { id }, now });
    expect(dto.runRequestedAt).toBe(now.toISOString());
    expect(await s.t.db.auditLog.count({ where: { action: "check.run", targetId: id } })).toBe(1);
  });

  it("refuses to run a heartbeat check, with a validation error, and requests nothing", async () => {
    const beat = await insertCheck(s.t.db, s.serviceId, "Nightly backup", {
      kind: "HEARTBEAT",
      config: { periodSeconds: 86_400 },
    });
    const err = await requestCheckRun({ db: s.t.db, ctx: ctxOf(s.responder), input: { id: beat.id }, now }).catch(
      (e) => e,
    );
    const reason = "A heartbeat check cannot be run on demand: its state comes from the pings its job sends";
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({ message: reason, fieldErrors: { id: [reason] } });
    expect((await s.t.db.check.findUniqueOrThrow({ where: { id: beat.id } })).runRequestedAt).toBeNull();
    expect(await s.t.db.auditLog.count({ where: { action: "check.run", targetId: beat.id } })).toBe(0);
  });

  it("refuses a viewer each of these", async () => {
    const ctx = ctxOf(s.viewer);
    await expect(setCheckPaused({ db: s.t.db, ctx, input: { id, paused: true } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(requestCheckRun({ db: s.t.db, ctx, input: { id } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteCheck({ db: s.t.db, ctx, input: { id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await s.t.db.check.findUniqueOrThrow({ where: { id } })).paused).toBe(false);
  });

  it("deletes once when two deletes race", async () => {
    const ctx = ctxOf(s.responder);
    const results = await Promise.allSettled([1, 2].map(() => deleteCheck({ db: s.t.db, ctx, input: { id } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toBeInstanceOf(NotFoundError);
    expect(await s.t.db.auditLog.count({ where: { action: "check.delete", targetId: id } })).toBe(1);
  });
});
