import type { TestDb } from "@opsdeck/db/testing";
import { withDatabase } from "@opsdeck/integrations";
import { createDatabase, dropDatabase } from "@opsdeck/integrations/postgres/databases";
import pg from "pg";

type Db = TestDb["db"];

const CHECK = "fuzz monitored db";
const VICTIM = "fuzz-victim";
const victims = new Set<pg.Client>();
let monitored: { server: string; name: string; url: string } | null = null;

/**
 * A database of its own beside the fuzz database, watched by a postgres check (so insights read a
 * live server), with three idle connections for terminate requests to end (each one ended is opened
 * again). Apart from the ops database, a generated pid can end nothing the harness relies on.
 */
export async function replenishDatabases(db: Db, opsUrl: string): Promise<void> {
  if (!monitored) {
    const name = `${new URL(opsUrl).pathname.slice(1)}_mon`;
    await createDatabase(opsUrl, name);
    monitored = { server: opsUrl, name, url: withDatabase(opsUrl, name) };
  }
  const config = { url: monitored.url };
  const check = await db.check.findFirst({ where: { name: CHECK }, select: { id: true, kind: true, config: true } });
  if (!check) {
    const service =
      (await db.service.findFirst({ select: { id: true } })) ??
      (await db.service.create({ data: { slug: "fuzz-databases", name: "Fuzz databases" }, select: { id: true } }));
    await db.check.create({ data: { serviceId: service.id, name: CHECK, kind: "POSTGRES", config } });
  } else if (check.kind !== "POSTGRES" || (check.config as { url?: string }).url !== monitored.url)
    await db.check.update({ where: { id: check.id }, data: { kind: "POSTGRES", config } });
  while (victims.size < 3) {
    const c = new pg.Client({ connectionString: monitored.url, application_name: VICTIM });
    c.on("error", () => {});
    c.on("end", () => victims.delete(c));
    await c.connect();
    victims.add(c);
  }
}

export async function dropMonitored(): Promise<void> {
  await Promise.all([...victims].map((c) => c.end().catch(() => {})));
  if (monitored) await dropDatabase(monitored.server, monitored.name);
}

/**
 * Only the watched database is picked: terminating on an unreachable one is a 502 by design (an
 * upstream fault), which this harness counts as a failure; reading one is covered by core tests.
 */
export const DATABASE_ID_SQL = {
  database: `SELECT 'check-' || id AS v FROM "Check" WHERE kind = 'POSTGRES' AND name = '${CHECK}' ORDER BY id`,
  backend: `SELECT pid::text AS v FROM pg_stat_activity WHERE application_name = '${VICTIM}' ORDER BY pid`,
};
