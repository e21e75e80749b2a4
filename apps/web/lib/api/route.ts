import "server-only";
import { type Ctx, hasRole, parseInput, ValidationError } from "@opsdeck/core";
import type { z } from "zod";
import { apiActor } from "../auth/session.ts";
import { readJsonBody } from "./body.ts";
import type { ApiOperation } from "./openapi.ts";
import { errorResponse, invalidInput, json, problem } from "./respond.ts";

/** An operation whose body is a JSON array (a whole list, as `PUT …/contact-methods` takes). */
const isList = (schema: z.ZodType) => schema.def.type === "array";

type In<S> = S extends z.ZodType ? z.input<S> : undefined;
/** What a route needs of an operation; the OpenAPI document itself is served with only a role. */
type Served = Pick<ApiOperation, "role" | "params" | "query" | "body" | "status" | "errors">;
type Args<O extends Served> = {
  req: Request;
  /** Null for a PUBLIC operation: nobody is asked to sign in. */
  ctx: O["role"] extends "PUBLIC" ? null : Ctx;
  params: O["params"] extends z.ZodObject ? z.output<O["params"]> : Record<string, never>;
  query: In<O["query"]>;
  body: In<O["body"]>;
};

/**
 * Serve one operation of the OpenAPI document: authenticate (Bearer token or session) and check its role
 * unless it is PUBLIC, validate path, query and body with its schemas, answer with its success status,
 * map errors to JSON. The core service gets the input as sent (validated), so its own defaults still apply.
 */
export function apiRoute<O extends Served>(op: O, handler: (args: Args<O>) => Promise<unknown>) {
  return async (req: Request, route: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      let ctx: Ctx | null = null;
      if (op.role !== "PUBLIC") {
        const actor = await apiActor(req);
        if (!actor)
          return problem(
            401,
            "UNAUTHENTICATED",
            "Sign in or send a valid API token as 'Authorization: Bearer <token>'.",
          );
        if (!hasRole(actor.role, op.role))
          return problem(403, "FORBIDDEN", `This needs the ${op.role} role; you are ${actor.role}.`);
        ctx = { actor, requestId };
      }
      const params = op.params ? parseInput(op.params, await route.params) : {};
      const query = op.query && validated(op.query, Object.fromEntries(new URL(req.url).searchParams));
      const body = op.body && validated(op.body, await readJsonBody(req, isList(op.body)));
      const args = { req, ctx, params, query, body } as unknown as Args<O>;
      const result = await handler(args).catch((err: unknown) => {
        // The input passed the operation's schemas: what the service still refuses is unprocessable.
        if (op.errors?.[422] && err instanceof ValidationError) return invalidInput(err, 422);
        throw err;
      });
      return result instanceof Response ? result : json(result, op.status ?? 200);
    } catch (err) {
      return errorResponse(err, requestId);
    }
  };
}

function validated(schema: z.ZodType, input: unknown): unknown {
  parseInput(schema, input);
  return input;
}
