import type { Db } from "@opsdeck/db";
import type { AnyCtx } from "./roles.ts";

/** What a core service is called with: the database, who asks, the raw input (parsed inside) and the clock. */
export type ServiceCall<I> = { db: Db; ctx: AnyCtx; input: I; now?: Date };
