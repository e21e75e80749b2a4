import type { Db } from "@opsdeck/db";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";

export type CheckSuite = { t: TestDb; responder: TestUser; viewer: TestUser; serviceId: string };

/** A database with a responder, a viewer and one service, for the check service tests. */
export async function checkSuite(): Promise<CheckSuite> {
  const t = await createTestDb();
  const [responder, viewer] = await Promise.all([
    makeUser(t.db, { role: "RESPONDER" }),
    makeUser(t.db, { role: "VIEWER" }),
  ]);
  const service = await t.db.service.create({ data: { slug: "api", name: "API" } });
  return { t, responder, viewer, serviceId: service.id };
}

export const HTTP_CONFIG = {
  url: "https://example.com/health",
  headers: { Authorization: "Bearer sekrit-header-value" },
};

/** Insert a check directly (no audit), for arranging a read test. */
export const insertCheck = (db: Db, serviceId: string, name: string, extra: Record<string, unknown> = {}) =>
  db.check.create({ data: { serviceId, name, kind: "HTTP", config: { url: "https://example.com" }, ...extra } });

export { ctxOf };
