import type { Role } from "@opsdeck/db";
import { ForbiddenError } from "./errors.ts";

export const ROLES = ["VIEWER", "RESPONDER", "ADMIN"] as const satisfies readonly Role[];
const RANK: Record<Role, number> = { VIEWER: 0, RESPONDER: 1, ADMIN: 2 };

export const hasRole = (actual: Role, needed: Role): boolean => RANK[actual] >= RANK[needed];

export type Actor = { id: string; email: string; role: Role };

/** What sign-in (password, OAuth or API token) hands to the session: the actor plus a display name. */
export type NamedActor = Actor & { name: string | null };

/** The caller of a service: who acts, and the request id that ties log lines and audit rows together. */
export type Ctx = { actor: Actor; requestId?: string };

/**
 * An operator acting outside any sign-in (the CLI, with shell access to DATABASE_URL): passes every
 * role check and is audited with no actor and `label` as the actor label.
 */
export type SystemCtx = { actor: null; label: string; requestId?: string };

export type AnyCtx = Ctx | SystemCtx;

export const systemCtx = (label = "cli", requestId?: string): SystemCtx => ({ actor: null, label, requestId });

export const isSystemCtx = (ctx: AnyCtx): ctx is SystemCtx => ctx.actor === null;

export function assertRole(ctx: AnyCtx, needed: Role): void {
  if (ctx.actor && !hasRole(ctx.actor.role, needed)) {
    throw new ForbiddenError(`This needs the ${needed} role; you are ${ctx.actor.role}.`);
  }
}
