import "server-only";
import { type Ctx, hasRole } from "@opsdeck/core";
import type { Role } from "@opsdeck/db";
import { apiActor } from "../auth/session.ts";
import { errorResponse, problem } from "./respond.ts";

type Handler<P> = (args: { req: Request; ctx: Ctx; params: P }) => Promise<Response>;

/** Wrap a /api/v1 handler: authenticate (Bearer token or session), check the role, map errors to JSON. */
export function apiRoute<P = Record<string, string>>(role: Role, handler: Handler<P>) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      const actor = await apiActor(req);
      if (!actor) return problem(401, "UNAUTHENTICATED", "Sign in or send a valid API token as 'Authorization: Bearer <token>'.");
      if (!hasRole(actor.role, role)) return problem(403, "FORBIDDEN", `This needs the ${role} role; you are ${actor.role}.`);
      return await handler({ req, ctx: { actor, requestId }, params: await route.params });
    } catch (err) {
      return errorResponse(err, requestId);
    }
  };
}
