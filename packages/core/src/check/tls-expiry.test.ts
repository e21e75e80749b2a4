import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { labelsKey } from "../metric/labels.ts";
import { recordTlsExpiry, TLS_DAYS_SERIES } from "./tls-expiry.ts";

describe("TLS expiry series", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("writes a TLS probe's days left under the check's service, and nothing for a removed check", async () => {
    const service = await t.db.service.create({ data: { slug: "web", name: "Web" } });
    const check = await t.db.check.create({
      data: { serviceId: service.id, name: "cert", kind: "TLS", config: { host: "example.test", port: 443 } },
    });
    const at = new Date("2026-12-02T12:00:00Z");
    await recordTlsExpiry(t.db, { checkId: check.id, at, daysRemaining: 9 });
    await recordTlsExpiry(t.db, { checkId: "gone", at, daysRemaining: 1 });
    const series = await t.db.metricSeries.findMany({ where: { name: TLS_DAYS_SERIES } });
    expect(series).toEqual([
      expect.objectContaining({
        labelsKey: labelsKey({ service: "web", check: check.id }),
        lastValue: 9,
        unit: "days",
      }),
    ]);
  });
});
