import "server-only";
import { db } from "../db.ts";
import { liveRelay } from "../live/relay.ts";
import type { StatusBodies } from "./bodies.ts";
import { processStatusPage } from "./page-cache.ts";

/** The process's one status page (see page-cache.ts), read with the app's database and relay. */
export const statusPage = (): Promise<StatusBodies> =>
  processStatusPage({ slot: "__opsdeckStatus", db, relay: liveRelay });
