import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { getHeartbeatPingPath } from "./ping-url.ts";
import { rotateHeartbeatToken } from "./rotate-token.ts";
import { type CheckSuite, checkSuite, ctxOf, insertCheck } from "./test-fixtures.ts";

describe("getHeartbeatPingPath and rotateHeartbeatToken", () => {
  let s: CheckSuite;
  let beatId: string;
  let httpId: string;
  beforeAll(async () => {
    s = await checkSuite();
    const beat = await insertCheck(s.t.db, s.serviceId, "Backup", {
      kind: "HEARTBEAT",
      config: { periodSeconds: 3600 },
      heartbeatToken: "tok-original",
    });
    beatId = beat.id;
    httpId = (await insertCheck(s.t.db, s.serviceId, "Health")).id;
  });
  afterAll(() => s.t.drop());

  it("shows a responder the current ping path, without writing anything", async () => {
    const r = await getHeartbeatPingPath({ db: s.t.db, ctx: ctxOf(s.responder), input: { id: beatId } });
    expect(r).toEqual({ pingPath: "/api/ping/tok-original" });
    expect(await s.t.db.auditLog.count()).toBe(0);
  });

  it("refuses a viewer both reading and rotating, and the token stays", async () => {
    const ctx = ctxOf(s.viewer);
    await expect(getHeartbeatPingPath({ db: s.t.db, ctx, input: { id: beatId } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(rotateHeartbeatToken({ db: s.t.db, ctx, input: { id: beatId } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await s.t.db.check.findUniqueOrThrow({ where: { id: beatId } })).heartbeatToken).toBe("tok-original");
  });

  it("refuses checks that are not heartbeats and unknown checks", async () => {
    const ctx = ctxOf(s.responder);
    await expect(getHeartbeatPingPath({ db: s.t.db, ctx, input: { id: httpId } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(rotateHeartbeatToken({ db: s.t.db, ctx, input: { id: httpId } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(getHeartbeatPingPath({ db: s.t.db, ctx, input: { id: "nope" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("rotates: the new path is the one shown from then on, and the rotation is audited", async () => {
    const ctx = ctxOf(s.responder);
    const { pingPath } = await rotateHeartbeatToken({ db: s.t.db, ctx, input: { id: beatId } });
    expect(pingPath).toMatch(/^\/api\/ping\/[A-Za-z0-9_-]{43}$/);
    expect(await getHeartbeatPingPath({ db: s.t.db, ctx, input: { id: beatId } })).toEqual({ pingPath });
    const audit = await s.t.db.auditLog.findFirstOrThrow({ where: { action: "check.rotate-token", targetId: beatId } });
    expect(JSON.stringify(audit)).not.toContain(pingPath.split("/").pop());
  });
});
