import "server-only";
import { LiveRelay } from "@opsdeck/core/live/relay";
import { db } from "../db.ts";
import { env } from "../env.ts";

const g = globalThis as unknown as { __opsdeckLiveRelay?: Promise<LiveRelay> };

/** The process's one relay (one listening connection), started by the first stream that needs it. */
export function liveRelay(): Promise<LiveRelay> {
  g.__opsdeckLiveRelay ??= (async () => {
    const relay = new LiveRelay({ db: db(), databaseUrl: env().DATABASE_URL });
    await relay.start();
    return relay;
  })().catch((err) => {
    g.__opsdeckLiveRelay = undefined;
    throw err;
  });
  return g.__opsdeckLiveRelay;
}
