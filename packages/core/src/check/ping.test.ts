import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { expectAuditClean } from "../testing.ts";
import { createCheck } from "./create.ts";
import { recordHeartbeatPing } from "./ping.ts";
import { rotateHeartbeatToken } from "./rotate-token.ts";
import { type CheckSuite, checkSuite, ctxOf, insertCheck } from "./test-fixtures.ts";

const now = new Date("2026-11-23T12:00:00.000Z");

describe("heartbeat pings and token rotation", () => {
  let s: CheckSuite;
  let id: string;
  let token: string;
  beforeAll(async () => {
    s = await checkSuite();
    const created = await createCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { serviceId: s.serviceId, name: "Cron", kind: "HEARTBEAT", config: { periodSeconds: 300 } },
    });
    id = created.check.id;
    token = created.pingPath?.split("/").pop() ?? "";
  });
  afterAll(() => s.t.drop());

  it("records a ping by token, and answers false alike for unknown and malformed tokens", async () => {
    expect(await recordHeartbeatPing({ db: s.t.db, token, now })).toBe(true);
    expect((await s.t.db.check.findUniqueOrThrow({ where: { id } })).lastPingAt).toEqual(now);
    expect(await recordHeartbeatPing({ db: s.t.db, token: "x".repeat(43), now })).toBe(false);
    expect(await recordHeartbeatPing({ db: s.t.db, token: "'; drop table", now })).toBe(false);
  });

  it("rotates the token: the old one stops working, the new one works, audit holds neither", async () => {
    const { pingPath } = await rotateHeartbeatToken({ db: s.t.db, ctx: ctxOf(s.responder), input: { id } });
    const fresh = pingPath.split("/").pop() ?? "";
    expect(fresh).not.toBe(token);
    expect(await recordHeartbeatPing({ db: s.t.db, token, now })).toBe(false);
    expect(await recordHeartbeatPing({ db: s.t.db, token: fresh, now })).toBe(true);
    await expectAuditClean(s.t.db, [token, fresh]);
  });

  it("refuses a viewer, and a check that is not a heartbeat", async () => {
    await expect(rotateHeartbeatToken({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const http = await insertCheck(s.t.db, s.serviceId, "Web");
    await expect(
      rotateHeartbeatToken({ db: s.t.db, ctx: ctxOf(s.responder), input: { id: http.id } }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});
