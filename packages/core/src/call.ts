import type { Db } from "@opsdeck/db";
import type { AnyCtx } from "./roles.ts";

/** What a core service is called with: the database, who asks, the raw input (parsed inside) and the clock. */
export type ServiceCall<I> = { db: Db; ctx: AnyCtx; input: I; now?: Date };

/** The same for a read whose input (filters) may be left out. */
export type ListCall<I> = Omit<ServiceCall<I>, "input"> & { input?: I };

/** The same for a read that takes no input. */
export type ReadCall = Omit<ServiceCall<never>, "input">;
