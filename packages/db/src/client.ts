import { PrismaClient } from "./generated/prisma/client.ts";
import { OpsdeckPrismaPg } from "./prisma-adapter.ts";

export type Db = PrismaClient;

export function createDb(url: string, poolMax = 10): PrismaClient {
  return new PrismaClient({ adapter: new OpsdeckPrismaPg(url, { pool: { max: poolMax } }) });
}

const globalForDb = globalThis as unknown as { __opsdeckDb?: PrismaClient };

/** The process-wide client for DATABASE_URL, created on first use (kept across dev reloads). */
export function getDb(): PrismaClient {
  if (!globalForDb.__opsdeckDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForDb.__opsdeckDb = createDb(url);
  }
  return globalForDb.__opsdeckDb;
}
