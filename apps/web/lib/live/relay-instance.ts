import { LiveRelay } from "@opsdeck/core/live/relay";
import type { Db } from "@opsdeck/db";

const g = globalThis as unknown as Record<string, Promise<LiveRelay> | undefined>;

/**
 * A relay (one listening connection) kept on globalThis under `slot`, started by the first reader that
 * needs it. The Next.js bundle and the web server's front each hold their own: they load separate
 * copies of the database client, whose errors must not cross.
 */
export function processRelay(slot: string, db: () => Db, databaseUrl: () => string): Promise<LiveRelay> {
  g[slot] ??= (async () => {
    const relay = new LiveRelay({ db: db(), databaseUrl: databaseUrl() });
    await relay.start();
    return relay;
  })().catch((err) => {
    g[slot] = undefined;
    throw err;
  });
  return g[slot];
}
