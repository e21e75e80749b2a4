import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Read a secret kept in the data dir, creating it (mode 0600) on first use. */
export function keptSecret(dir: string, file: string, make = () => randomBytes(32).toString("base64")): string {
  const p = path.join(dir, file);
  if (existsSync(p)) return readFileSync(p, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const value = make();
  writeFileSync(p, `${value}\n`, { mode: 0o600 });
  return value;
}

/** Fill OPSDECK_SECRET_KEY and NEXTAUTH_SECRET from .data when the operator did not set them. */
export function ensureLocalSecrets(dir: string, env: NodeJS.ProcessEnv): string[] {
  const made: string[] = [];
  for (const [name, file] of [
    ["OPSDECK_SECRET_KEY", "secret.key"],
    ["NEXTAUTH_SECRET", "nextauth.secret"],
  ] as const) {
    if (!env[name]) {
      if (!existsSync(path.join(dir, file))) made.push(name);
      env[name] = keptSecret(dir, file);
    }
  }
  return made;
}
