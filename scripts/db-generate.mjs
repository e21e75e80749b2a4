// Generates the Prisma client and a manifest of migration names (readiness compares it to the database).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaBin = path.join(root, "node_modules/.bin/prisma");
const env = { ...process.env, CHECKPOINT_DISABLE: "1", NODE_OPTIONS: `--require ${path.join(root, "scripts/prisma-fast-exit.cjs")}` };
const r = spawnSync(prismaBin, ["generate"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
if (r.status !== 0) {
  process.stdout.write(r.stdout);
  process.exit(r.status ?? 1);
}
const migDir = path.join(root, "prisma/migrations");
const names = readdirSync(migDir).filter((n) => statSync(path.join(migDir, n)).isDirectory()).sort();
const out = path.join(root, "packages/db/src/generated");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "migrations.json"), `${JSON.stringify(names, null, 2)}\n`);
console.log(`prisma client generated; ${names.length} migration(s) in manifest`);
