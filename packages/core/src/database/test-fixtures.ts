import { randomBytes } from "node:crypto";
import type { Db } from "@opsdeck/db";
import { createDatabase, dropDatabase } from "@opsdeck/integrations/postgres/databases";
import { testServerUrl, withClient } from "@opsdeck/integrations/postgres/testing";
import { withDatabase } from "@opsdeck/integrations";
import { databaseRef } from "./refs.ts";

export type Monitored = { name: string; url: string; drop(): Promise<void> };

/** A database of its own on the test server to monitor: an `items` table with an index, optionally pg_stat_statements. */
export async function monitoredDatabase(prefix: string, { extension = false } = {}): Promise<Monitored> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await createDatabase(testServerUrl(), name);
  const url = withDatabase(testServerUrl(), name);
  await withClient(url, (c) =>
    c.query(`
      CREATE TABLE items (id int PRIMARY KEY, owner int NOT NULL, note text);
      INSERT INTO items SELECT g, g % 50, repeat('x', 100) FROM generate_series(1, 5000) g;
      ${extension ? "CREATE EXTENSION pg_stat_statements;" : ""}
    `),
  );
  return { name, url, drop: () => dropDatabase(testServerUrl(), name) };
}

/** A service with a postgres check on `url`, inserted directly; the database's id. */
export async function addPostgresCheck(db: Db, url: string, name = "Orders database"): Promise<string> {
  const service = await db.service.create({ data: { slug: `svc-${randomBytes(3).toString("hex")}`, name: "Shop" } });
  const check = await db.check.create({ data: { serviceId: service.id, name, kind: "POSTGRES", config: { url } } });
  return databaseRef("check", check.id);
}

export const unreachableUrl = "postgresql://postgres:postgres@127.0.0.1:1/nowhere";

/** A role that may log in and nothing more (dropped by the returned function). */
export async function plainRole(): Promise<{ role: string; password: string; drop(): Promise<void> }> {
  const role = `plain_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(8).toString("hex");
  await withClient(testServerUrl(), (c) => c.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`));
  return {
    role,
    password,
    drop: () => withClient(testServerUrl(), (c) => c.query(`DROP ROLE IF EXISTS ${role}`)).then(() => {}),
  };
}

export const asRole = (url: string, role: string, password: string) => {
  const u = new URL(url);
  u.username = role;
  u.password = password;
  return u.toString();
};
