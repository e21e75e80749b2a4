import { randomBytes } from "node:crypto";
import pg from "pg";
import { withDatabase } from "./connection.ts";
import { createDatabase, dropDatabase } from "./databases.ts";

/** Row counts of the sample database: 110,000 rows over three tables. */
export const SAMPLE_COUNTS = { "public.customers": 20_000, "public.orders": 60_000, "app.events": 30_000 };

export function testServerUrl(): string {
  const server = process.env.OPSDECK_TEST_SERVER_URL;
  if (!server) throw new Error("OPSDECK_TEST_SERVER_URL is not set: run tests through vitest's global setup");
  return withDatabase(server, "postgres");
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for a test file, with customers, orders (foreign key to customers) and app.events. */
export async function createSampleDatabase(
  prefix: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const server = testServerUrl();
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await createDatabase(server, name);
  const url = withDatabase(server, name);
  await withClient(url, (c) =>
    c.query(`
      CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL);
      INSERT INTO customers SELECT g, 'user' || g || '@example.com', now() - g * interval '1 minute'
        FROM generate_series(1, 20000) g;
      CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers(id),
        total_cents int NOT NULL CHECK (total_cents >= 0), note text);
      INSERT INTO orders (customer_id, total_cents, note)
        SELECT 1 + g % 20000, g % 10000, repeat('x', g % 50) FROM generate_series(1, 60000) g;
      CREATE INDEX orders_customer ON orders (customer_id);
      CREATE SCHEMA app;
      CREATE TABLE app.events (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text NOT NULL, payload jsonb);
      INSERT INTO app.events (kind, payload)
        SELECT 'kind' || g % 7, jsonb_build_object('n', g) FROM generate_series(1, 30000) g;
      CREATE VIEW app.big_spenders AS SELECT customer_id, sum(total_cents) AS total FROM orders GROUP BY 1;
    `),
  );
  return { name, url, drop: () => dropDatabase(server, name) };
}

/** Names of databases on the test server starting with `prefix`. */
export async function databasesLike(prefix: string): Promise<string[]> {
  return withClient(testServerUrl(), async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    return rows.map((r) => r.datname);
  });
}
