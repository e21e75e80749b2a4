import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { expectAuditClean } from "../testing.ts";
import { createCheck } from "./create.ts";
import { updateCheck } from "./update.ts";
import { type CheckSuite, checkSuite, ctxOf, HTTP_CONFIG } from "./test-fixtures.ts";

describe("updateCheck", () => {
  let s: CheckSuite;
  let id: string;
  beforeAll(async () => {
    s = await checkSuite();
    ({
      check: { id },
    } = await createCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { serviceId: s.serviceId, name: "Health", kind: "HTTP", config: HTTP_CONFIG },
    }));
  });
  afterAll(() => s.t.drop());

  it("saves a config read back with redacted headers without losing the stored credential", async () => {
    const read = (await s.t.db.check.findUniqueOrThrow({ where: { id } })).config as Record<string, unknown>;
    const dto = await updateCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: {
        id,
        name: "Health v2",
        config: { ...read, headers: { Authorization: "[redacted]" }, url: "https://example.com/v2" },
      },
    });
    expect(dto).toMatchObject({ name: "Health v2", config: { url: "https://example.com/v2" } });
    const row = await s.t.db.check.findUniqueOrThrow({ where: { id } });
    expect(row.config).toMatchObject({ headers: { Authorization: "Bearer sekrit-header-value" } });
    const audit = await s.t.db.auditLog.findFirstOrThrow({ where: { action: "check.update", targetId: id } });
    expect(audit).toMatchObject({ before: { name: "Health" }, after: { name: "Health v2" } });
    await expectAuditClean(s.t.db, ["sekrit-header-value"]);
  });

  it("checks the timeout against a new interval and saves nothing on error", async () => {
    const err = await updateCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { id, intervalSeconds: 10, timeoutMs: 15_000 },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors).toEqual({ timeoutMs: ["Use a timeout shorter than the interval (10 s)"] });
    expect((await s.t.db.check.findUniqueOrThrow({ where: { id } })).intervalSeconds).toBe(60);
  });

  it("restarts the history when the kind changes, and keeps it otherwise", async () => {
    const { seq } = await s.t.db.check.update({
      where: { id },
      data: { state: "DOWN", health: "DOWN", consecutiveFailures: 3, lastLatencyMs: 12 },
    });
    const day = new Date("2026-11-01T00:00:00Z");
    await s.t.db
      .$executeRaw`INSERT INTO "CheckRollup" ("checkSeq","period","bucketStart","count","upCount","degradedCount","latencySum","hist") VALUES (${seq}, 'DAY', ${day}, 10, 9, 0, 100, '{}')`;
    await s.t.db.$executeRaw`INSERT INTO "CheckResult" ("at","checkSeq","latencyMs") VALUES (${day}, ${seq}, 12)`;
    await s.t.db.checkEvent.create({ data: { checkId: id, from: "UP", to: "DOWN", at: day } });
    const counts = async () => [
      await s.t.db.checkRollup.count({ where: { checkSeq: seq } }),
      Number(
        (await s.t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "CheckResult" WHERE "checkSeq" = ${seq}`)[0]
          ?.n,
      ),
      await s.t.db.checkEvent.count({ where: { checkId: id } }),
    ];
    await updateCheck({ db: s.t.db, ctx: ctxOf(s.responder), input: { id, name: "Health v3" } });
    expect(await counts()).toEqual([1, 1, 1]);
    const dto = await updateCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { id, kind: "TCP", config: { host: "example.com", port: 443 } },
    });
    expect(dto).toMatchObject({ kind: "TCP", state: "UNKNOWN", lastLatencyMs: null });
    expect(await counts()).toEqual([0, 0, 0]);
    const audit = await s.t.db.auditLog.findFirstOrThrow({
      where: { action: "check.update", targetId: id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ before: { kind: "HTTP" }, after: { kind: "TCP" } });
  });

  it("refuses a viewer", async () => {
    await expect(updateCheck({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id, name: "x" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
