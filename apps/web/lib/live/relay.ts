import "server-only";
import type { LiveRelay } from "@opsdeck/core/live/relay";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { processRelay } from "./relay-instance.ts";

/** The process's one relay (one listening connection), started by the first stream that needs it. */
export const liveRelay = (): Promise<LiveRelay> => processRelay("__opsdeckLiveRelay", db, () => env().DATABASE_URL);
