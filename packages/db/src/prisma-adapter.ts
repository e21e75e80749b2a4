import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { CatalogSafeClient, pgConfigFromUrl } from "./pg-config.ts";

export type AdapterOptions = {
  pool?: Partial<pg.PoolConfig>;
  shadowDatabaseUrl?: string;
};

type Disposable = { dispose(): Promise<void>; executeScript(script: string): Promise<void> };

/** Run a migration script as one simple-protocol query: the stock adapter splits on every `;`. */
function wholeScripts<T extends Disposable>(adapter: T, pool: pg.Pool): T {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

/**
 * PrismaPg with the fixes Prisma 6.19's adapter needs: catalog column types, a shadow database
 * that really is another database (created, then dropped after its pool ends), and migration
 * scripts sent whole so that `$$ … ; … $$` bodies survive.
 */
export class OpsdeckPrismaPg extends PrismaPg {
  readonly #url: string;
  readonly #shadowUrl?: string;
  readonly #pool: Partial<pg.PoolConfig>;

  constructor(url: string, options: AdapterOptions = {}) {
    super({ ...pgConfigFromUrl(url), ...options.pool, Client: CatalogSafeClient } as pg.PoolConfig);
    this.#url = url;
    this.#shadowUrl = options.shadowDatabaseUrl;
    this.#pool = options.pool ?? {};
  }

  override async connect() {
    const adapter = await super.connect();
    return wholeScripts(adapter, adapter.underlyingDriver() as pg.Pool);
  }

  override async connectToShadowDb() {
    if (this.#shadowUrl) {
      const shadow = new OpsdeckPrismaPg(this.#shadowUrl, { pool: this.#pool });
      const adapter = await shadow.connect();
      await adapter.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      return adapter;
    }
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client(pgConfigFromUrl(this.#url));
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
    const config = { ...pgConfigFromUrl(this.#url), ...this.#pool, database, Client: CatalogSafeClient };
    const shadowFactory = new PrismaPg(config as pg.PoolConfig);
    const adapter = await shadowFactory.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    wholeScripts(adapter, pool);
    const release = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await release();
      const dropper = new pg.Client(pgConfigFromUrl(this.#url));
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    };
    return adapter;
  }
}
