import type { Db, Severity } from "@opsdeck/db";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterEach, beforeEach } from "vitest";
import { runbookTargets } from "../../severity/policy.ts";

export const NOW = new Date("2026-11-23T12:00:00.000Z");
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const ago = (ms: number): Date => new Date(NOW.getTime() - ms);

/** A database of each test's own: the rules read whole tables, so tests must not see each other's rows. */
export function freshDbPerTest(): { readonly db: Db } {
  let t: TestDb | undefined;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t?.drop();
  });
  return {
    get db() {
      if (!t) throw new Error("no test database yet");
      return t.db;
    },
  };
}

export const makeService = (db: Db, slug: string, name = slug) => db.service.create({ data: { slug, name } });

export const makeIncident = (
  db: Db,
  o: { title: string; severity: Severity; resolvedAt?: Date; status?: "INVESTIGATING" | "MONITORING" },
) =>
  db.incident.create({
    data: {
      title: o.title,
      severity: o.severity,
      ...runbookTargets(o.severity),
      status: o.resolvedAt ? "RESOLVED" : (o.status ?? "INVESTIGATING"),
      detectedAt: ago(10 * DAY),
      resolvedAt: o.resolvedAt ?? null,
    },
  });
