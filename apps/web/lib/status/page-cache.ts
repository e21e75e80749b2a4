import type { LiveRelay } from "@opsdeck/core/live/relay";
import { readStatusPage } from "@opsdeck/core/status/build";
import { SingleFlightCache } from "@opsdeck/core/status/cache";
import { affectsStatusPage } from "@opsdeck/core/status/invalidate";
import type { Db } from "@opsdeck/db";
import { type StatusBodies, statusBodies } from "./bodies.ts";

/** A safety net: whatever the event stream missed shows within this long. */
const MAX_AGE_MS = 30_000;

/** How long to wait before asking for the relay again after it failed to start. */
const RELAY_RETRY_MS = 5_000;

/** Where a copy of the page lives (a globalThis key) and what it is read with. */
export type StatusPageSources = { slot: string; db: () => Db; relay: () => Promise<LiveRelay> };

type Held = {
  cache: SingleFlightCache<StatusBodies>;
  checkIds: ReadonlySet<string>;
  observing: boolean;
  retryAt: number;
};
const g = globalThis as unknown as Record<string, Held | undefined>;

/**
 * The process's one status page, rendered once per change: the live relay's events (its one
 * listening connection) drop it, and it is rebuilt at most every 30 s otherwise. Kept on globalThis
 * (it survives dev reloads); the web server's front and the Next.js route each keep their own.
 */
export function processStatusPage(sources: StatusPageSources): Promise<StatusBodies> {
  g[sources.slot] ??= hold(sources);
  const held = g[sources.slot] as Held;
  if (!held.observing && Date.now() >= held.retryAt) observe(held, sources);
  return held.cache.get();
}

function hold(sources: StatusPageSources): Held {
  const held: Held = {
    cache: new SingleFlightCache(
      async () => {
        const read = await readStatusPage(sources.db(), new Date());
        held.checkIds = read.checkIds;
        return statusBodies(read.page);
      },
      { maxAgeMs: MAX_AGE_MS, log: (msg, err) => console.warn(`[status] ${msg}`, err) },
    ),
    checkIds: new Set(),
    observing: false,
    retryAt: 0,
  };
  return held;
}

function observe(held: Held, sources: StatusPageSources): void {
  held.observing = true;
  sources.relay().then(
    (relay) => {
      relay.observe((events) => {
        if (affectsStatusPage(events, held.checkIds)) held.cache.invalidate();
      });
      // Changes between the first build and now were not heard.
      held.cache.invalidate();
    },
    () => {
      // No relay (the database is away): the max age keeps the page fresh; try again on a later read.
      held.observing = false;
      held.retryAt = Date.now() + RELAY_RETRY_MS;
    },
  );
}
