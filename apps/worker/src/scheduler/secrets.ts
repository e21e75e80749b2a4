import { readSecret } from "@opsdeck/core/secrets/store";
import type { Db } from "@opsdeck/db";
import type { CheckConfigInput } from "@opsdeck/probes";

/** Names of the secrets a check's probe needs (postgres connection, Stripe key). */
export function secretNames(config: CheckConfigInput): string[] {
  if (config.kind === "postgres" && config.connectionSecret) return [config.connectionSecret];
  if (config.kind === "stripe") return [config.apiKeySecret];
  return [];
}

/** Decrypted secrets, cached for `ttlMs` so that many checks sharing one secret read it once. */
export class SecretCache {
  private readonly cache = new Map<string, { value: string | null; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly key: Buffer | undefined,
    private readonly ttlMs = 60_000,
  ) {}

  /** Missing or unreadable secrets are left out; the probe then reports MISSING_SECRET. */
  async resolve(names: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    if (!this.key) return out;
    for (const name of names) {
      let hit = this.cache.get(name);
      if (!hit || hit.until < Date.now()) {
        const value = await readSecret(this.db, this.key, name).catch(() => null);
        hit = { value, until: Date.now() + this.ttlMs };
        this.cache.set(name, hit);
      }
      if (hit.value !== null) out[name] = hit.value;
    }
    return out;
  }
}
