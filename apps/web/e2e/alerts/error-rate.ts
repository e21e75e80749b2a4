import { embeddedUrl } from "@opsdeck/db/pg-config";
import type { Page } from "@playwright/test";
import pg from "pg";
import { E2E_PG_PORT } from "../../playwright.config";

/** The e2e stack's ops database, where the journeys write the background jobs' error rate. */
export const opsDb = () => new pg.Client({ connectionString: embeddedUrl(E2E_PG_PORT, "opsdeck") });

/** A point of the background jobs' error rate now, as the metrics sampler writes it (series, then point). */
async function writePoint(c: pg.Client, value: number) {
  const { rows } = await c.query<{ id: number }>(
    `INSERT INTO "MetricSeries" (name, labels, "labelsKey", kind, unit, "lastAt", "lastValue")
     VALUES ('app.error_rate', '{"service":"jobs"}'::jsonb, '[["service","jobs"]]', 'GAUGE', 'percent', now(), $1)
     ON CONFLICT (name, "labelsKey") DO UPDATE SET "lastAt" = now(), "lastValue" = $1 RETURNING id`,
    [value],
  );
  await c.query(`INSERT INTO "MetricPoint" ("seriesId", at, value) VALUES ($1, now(), $2) ON CONFLICT DO NOTHING`, [
    rows[0]?.id,
    value,
  ]);
}

/** Keep writing `value` once a second until `until` settles. */
export async function feed<T>(c: pg.Client, value: number, until: () => Promise<T>): Promise<T> {
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      await writePoint(c, value);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  })();
  try {
    return await until();
  } finally {
    stop = true;
    await loop;
  }
}

/** A rule page's state heading. */
export const stateOf = (page: Page) => page.getByRole("heading", { name: /^State/ });
