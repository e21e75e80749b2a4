// Database chores for operators and developers: migrate, create a migration, seed the demo, run the CLI.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seedDemo } from "@opsdeck/core/demo/index";
import { createDb } from "@opsdeck/db";
import { openLocalDatabase } from "@opsdeck/db/local";
import { migrateDeploy, runPrisma } from "@opsdeck/db/migrate";
import { dataDir, repoRoot } from "@opsdeck/db/paths";
import { ensureLocalSecrets } from "./lib/local-secrets.ts";

const [command, ...rest] = process.argv.slice(2);

/** Indexes written by hand in migrations (Prisma cannot express them); a diff would drop them. */
const HAND_WRITTEN_INDEXES = ["CheckResult_failures_idx", "Incident_autoServiceId_open_key", "ActionRun_targetId_live_key"];

const dropsHandWritten = (line: string) => HAND_WRITTEN_INDEXES.some((i) => line.trim() === `DROP INDEX "${i}";`);

async function createMigration(url: string, name: string | undefined): Promise<number> {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migrate:create -- <name>   (lowercase letters, digits and _)");
    return 1;
  }
  await migrateDeploy(url);
  const diff = await runPrisma(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    url,
  );
  if (diff.code !== 0) {
    console.error(diff.output);
    return 1;
  }
  const sql = diff.output
    .split("\n")
    .filter((l) => !/^(Loaded Prisma config|Prisma config detected|Prisma schema loaded)/.test(l) && !dropsHandWritten(l))
    .join("\n")
    .replace(/-- DropIndex\n(?=\n|$)/g, "")
    .trim();
  if (!sql || sql === "-- This is an empty migration.") {
    console.log("schema.prisma matches the migrations: nothing to create");
    return 0;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(repoRoot, "prisma/migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  console.log(`created ${path.relative(repoRoot, dir)}/migration.sql — review it, then npm run db:migrate`);
  spawnSync(process.execPath, [path.join(repoRoot, "scripts/db-generate.mjs")], { stdio: "inherit" });
  return 0;
}

async function run(url: string): Promise<number> {
  switch (command) {
    case "migrate":
      console.log((await migrateDeploy(url)).trim().split("\n").slice(-2).join("\n"));
      return 0;
    case "create":
      return createMigration(url, rest[0]);
    case "seed": {
      const db = createDb(url, 2);
      const r = await seedDemo({ db, now: new Date(), force: rest.includes("--force") });
      await db.$disconnect();
      console.log(r.seeded ? "demo data loaded" : `demo data not loaded: ${r.reason}`);
      return 0;
    }
    case "cli": {
      const env = { ...process.env, DATABASE_URL: url };
      ensureLocalSecrets(dataDir(), env);
      const r = spawnSync(path.join(repoRoot, "node_modules/.bin/tsx"), [path.join(repoRoot, "packages/cli/src/main.ts"), ...rest], {
        env,
        stdio: "inherit",
      });
      return r.status ?? 1;
    }
    default:
      console.error("usage: tsx scripts/db.ts migrate | create <name> | seed [--force] | cli <args>");
      return 1;
  }
}

async function main() {
  const database = await openLocalDatabase();
  let code = 1;
  try {
    code = await run(database.url);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
  } finally {
    await database.stop();
  }
  process.exit(code);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
