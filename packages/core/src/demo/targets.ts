import path from "node:path";
import { createDb, type Db } from "@opsdeck/db";
import { createDemoReleases, withDatabase } from "@opsdeck/integrations";
import { createTarget } from "../action/target-write.ts";
import { type AnyCtx, systemCtx } from "../roles.ts";

export const DEMO_SHOP_DATABASE = "opsdeck_demo_shop";
export const DEMO_RELEASES_TARGET = "demo-target releases";
export const DEMO_DATABASE_TARGET = "demo shop database";

/** A small shop database beside the ops database: customers, products, orders and their lines. */
async function createShopDatabase(serverUrl: string): Promise<string> {
  const admin = createDb(withDatabase(serverUrl, "postgres"), 1);
  try {
    const [exists] = await admin.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pg_database WHERE datname = ${DEMO_SHOP_DATABASE}`;
    if (!exists?.n) await admin.$executeRawUnsafe(`CREATE DATABASE ${DEMO_SHOP_DATABASE}`);
  } finally {
    await admin.$disconnect();
  }
  const url = withDatabase(serverUrl, DEMO_SHOP_DATABASE);
  const shop = createDb(url, 1);
  try {
    const [has] = await shop.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'orders'`;
    if (has?.n) return url;
    await shop.$transaction([
      shop.$executeRawUnsafe(
        `CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL)`,
      ),
      shop.$executeRawUnsafe(
        `CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL, price_cents int NOT NULL CHECK (price_cents >= 0))`,
      ),
      shop.$executeRawUnsafe(
        `CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers, status text NOT NULL, created_at timestamptz NOT NULL)`,
      ),
      shop.$executeRawUnsafe(
        `CREATE TABLE order_lines (order_id int NOT NULL REFERENCES orders, product_id int NOT NULL REFERENCES products, quantity int NOT NULL, PRIMARY KEY (order_id, product_id))`,
      ),
      shop.$executeRawUnsafe(
        `INSERT INTO customers SELECT g, 'customer' || g || '@example.com', now() - g * interval '1 hour' FROM generate_series(1, 2000) g`,
      ),
      shop.$executeRawUnsafe(
        `INSERT INTO products SELECT g, 'Product ' || g, 500 + (g * 37) % 9500 FROM generate_series(1, 200) g`,
      ),
      shop.$executeRawUnsafe(
        `INSERT INTO orders SELECT g, 1 + g % 2000, (ARRAY['paid','shipped','refunded'])[1 + g % 3], now() - g * interval '7 minutes' FROM generate_series(1, 10000) g`,
      ),
      shop.$executeRawUnsafe(
        `INSERT INTO order_lines SELECT o, 1 + (o + k * 67) % 200, k FROM generate_series(1, 10000) o, generate_series(1, 3) k`,
      ),
    ]);
    return url;
  } finally {
    await shop.$disconnect();
  }
}

/**
 * The demo's action targets, real on this machine: a releases directory with three releases under
 * the data directory (roll it back and `current` moves) and a shop database in the same PostgreSQL
 * server (back it up, verify and restore it). Idempotent by target name; returns the names created.
 */
export async function seedDemoTargets({
  db,
  dataDir,
  serverUrl,
  secretKey,
  ctx = systemCtx("demo-seed"),
}: {
  db: Db;
  dataDir: string;
  /** A URL of the PostgreSQL server that holds the ops database (its database part is replaced); null: no shop database. */
  serverUrl: string | null;
  secretKey: Buffer;
  ctx?: AnyCtx;
}): Promise<string[]> {
  const created: string[] = [];
  const serviceId = async (slug: string) =>
    (await db.service.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
  if (!(await db.target.findUnique({ where: { name: DEMO_RELEASES_TARGET } }))) {
    const root = path.join(dataDir, "demo-releases");
    await createDemoReleases(root);
    await createTarget({
      db,
      ctx,
      key: secretKey,
      input: {
        name: DEMO_RELEASES_TARGET,
        kind: "RELEASES",
        serviceId: await serviceId("demo-target"),
        config: { root },
      },
    });
    created.push(DEMO_RELEASES_TARGET);
  }
  if (serverUrl && !(await db.target.findUnique({ where: { name: DEMO_DATABASE_TARGET } }))) {
    const url = await createShopDatabase(serverUrl);
    await createTarget({
      db,
      ctx,
      key: secretKey,
      input: {
        name: DEMO_DATABASE_TARGET,
        kind: "POSTGRES",
        serviceId: (await serviceId("postgres")) ?? (await serviceId("demo-target")),
        config: { storageDir: path.join(dataDir, "backups"), keepLast: 10 },
        credential: url,
      },
    });
    created.push(DEMO_DATABASE_TARGET);
  }
  return created;
}
