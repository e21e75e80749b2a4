import { defineConfig } from "prisma/config";
import { OpsdeckPrismaPg } from "./packages/db/src/prisma-adapter.ts";

// With a config file the CLI skips .env; the schema's env("DATABASE_URL") must still resolve.
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:56432/opsdeck";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new OpsdeckPrismaPg(process.env.DATABASE_URL as string, {
      shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
      pool: { allowExitOnIdle: true },
    });
  },
});
