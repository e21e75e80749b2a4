import type { Role } from "@opsdeck/db";
import { ForbiddenError } from "./errors.ts";

export const ROLES = ["VIEWER", "RESPONDER", "ADMIN"] as const satisfies readonly Role[];
const RANK: Record<Role, number> = { VIEWER: 0, RESPONDER: 1, ADMIN: 2 };

export const hasRole = (actual: Role, needed: Role): boolean => RANK[actual] >= RANK[needed];

export type Actor = { id: string; email: string; role: Role };

/** The caller of a service: who acts, and the request id that ties log lines and audit rows together. */
export type Ctx = { actor: Actor; requestId?: string };

export function assertRole(ctx: Ctx, needed: Role): void {
  if (!hasRole(ctx.actor.role, needed)) {
    throw new ForbiddenError(`This needs the ${needed} role; you are ${ctx.actor.role}.`);
  }
}
