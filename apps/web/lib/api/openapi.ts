import type { Role } from "@opsdeck/db";
import { z } from "zod";
import { MAX_BODY_BYTES } from "./limits.ts";

export type ApiOperation = {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string;
  summary: string;
  tag: string;
  /** The lowest role that may call it; PUBLIC needs no session or token at all. */
  role: Role | "PUBLIC";
  /** One field per `{name}` in the path. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The status of a successful call: 200 unless it creates something (201) or queues work (202). */
  status?: 200 | 201 | 202;
  /** A second success status, answered by the handler itself, and when: documented with the same response. */
  alsoStatus?: { status: 200 | 201; when: string };
  response: z.ZodType;
  /** A stream of server-sent events instead of one JSON document; `response` then describes one event. */
  stream?: true;
  /** A list paged by `limit` and `cursor`: the next page's cursor comes in the Link and X-Next-Cursor headers. */
  paged?: true;
  /** A file to download instead of JSON, in one of these media types, sent with `Content-Disposition: attachment`. */
  download?: readonly string[];
  /**
   * Statuses beyond those every operation documents, with what they mean here. With a 422, a
   * ValidationError from the core service (the request was well-formed) answers 422 instead of 400.
   */
  errors?: { 400?: string; 404?: string; 409?: string; 422?: string; 502?: string };
};

/** An operation, typed as written (its schemas stay precise for the route that serves it). */
export const op = <O extends ApiOperation>(o: O): O => o;

type JsonSchema = Record<string, unknown>;

const ERROR_REF = { $ref: "#/components/schemas/Error" };

const ZError = z.object({
  error: z.object({
    code: z.enum([
      "VALIDATION",
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "NOT_FOUND",
      "CONFLICT",
      "PAYLOAD_TOO_LARGE",
      "UNAVAILABLE",
      "UPSTREAM",
      "INTERNAL",
    ]),
    message: z.string(),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Messages per field path ("name", "config.url"); "_form" holds those about the whole input'),
    requestId: z.string().optional().describe("Given with INTERNAL errors, to find the logged cause"),
    postmortemId: z
      .string()
      .optional()
      .describe("The incident's existing postmortem, when creating a second is refused"),
    conflict: z
      .object({
        version: z.number().int().describe("The postmortem's current version"),
        fields: z.record(
          z.string(),
          z.object({
            theirs: z.union([z.string(), z.number(), z.null()]).describe("The text saved now"),
            yours: z.union([z.string(), z.number(), z.null()]).describe("The text you sent"),
          }),
        ),
      })
      .optional()
      .describe("An edit based on an old version: each field someone else changed since, with both texts"),
  }),
});

/**
 * Zod → JSON Schema (2020-12, as OpenAPI 3.1 uses), inline: a named or recursive schema would put
 * references outside the document's components, and generated clients cannot type recursive ones.
 */
function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const {
    $schema: _,
    $defs,
    ...out
  } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", override }) as JsonSchema;
  if ($defs) throw new Error(`Inline these schemas (no ids, no recursion): ${Object.keys($defs as object).join(", ")}`);
  return out;
}

const UNREPRESENTABLE = new Set([
  "bigint",
  "date",
  "symbol",
  "void",
  "map",
  "set",
  "transform",
  "nan",
  "custom",
  "function",
  "promise",
]);

const isAbsent = (s: z.core.$ZodType): boolean =>
  s._zod.def.type === "undefined" || (s instanceof z.ZodOptional && isAbsent(s.unwrap()));

/**
 * A field typed `undefined` must be absent: it is left out of the object's properties (its objects refuse
 * unknown fields). Anything else JSON cannot carry is a mistake to fix, not a silent `{}`.
 */
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }): void {
  const type = ctx.zodSchema._zod.def.type;
  if (type === "undefined") ctx.jsonSchema.not = {};
  else if (UNREPRESENTABLE.has(type)) throw new Error(`A ${type} schema cannot be represented in the OpenAPI document`);
  else if (ctx.zodSchema instanceof z.ZodObject) {
    const properties = ctx.jsonSchema.properties as Record<string, unknown> | undefined;
    for (const [key, field] of Object.entries(ctx.zodSchema.shape))
      if (isAbsent(field as z.ZodType)) delete properties?.[key];
  }
}

const ATTACHMENT = {
  description: 'attachment; filename="…": the file name to save it under',
  schema: { type: "string" },
};

const PAGE_HEADERS = {
  "X-Next-Cursor": {
    description: "The cursor of the next page; absent on the last page",
    schema: { type: "string" },
  },
  Link: {
    description: '<this request with cursor set to the next page\'s>; rel="next"; absent on the last page',
    schema: { type: "string" },
  },
};
const PAGED =
  ' Paged: send `limit` (and `cursor` from the last answer) to walk the list in its stable order; while more items follow, the answer carries the next page\'s cursor in `X-Next-Cursor` and a `Link` header (rel="next"), and the body keeps its shape.';

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ERROR_REF } },
});

/** Build the OpenAPI 3.1 document of the operations: request parts as the API reads them, responses as it writes them. */
export function buildOpenApi(ops: ApiOperation[], version: string) {
  const input = (s: z.ZodType) => jsonSchemaOf(s, "input");
  const output = (s: z.ZodType) => jsonSchemaOf(s, "output");
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const parameter = (where: "path" | "query", name: string, s: z.ZodType) => {
      const { description, ...schema } = input(s);
      return { name, in: where, required: where === "path" || !s.safeParse(undefined).success, description, schema };
    };
    const parameters = [
      ...Object.entries(op.params?.shape ?? {}).map(([name, s]) => parameter("path", name, s as z.ZodType)),
      ...Object.entries(op.query?.shape ?? {}).map(([name, s]) => parameter("query", name, s as z.ZodType)),
    ];
    const media = op.download ?? [op.stream ? "text/event-stream" : "application/json"];
    const responses: Record<string, unknown> = {
      [op.status ?? 200]: {
        description: op.status === 201 ? "Created" : op.status === 202 ? "Accepted" : "OK",
        ...(op.download && { headers: { "Content-Disposition": ATTACHMENT } }),
        ...(op.paged && { headers: PAGE_HEADERS }),
        content: Object.fromEntries(media.map((type) => [type, { schema: output(op.response) }])),
      },
    };
    if (op.alsoStatus)
      responses[op.alsoStatus.status] = {
        description: op.alsoStatus.when,
        content: { "application/json": { schema: output(op.response) } },
      };
    const invalid =
      op.errors?.[400] ?? (op.body || op.query ? "The input is invalid: fieldErrors name each bad field" : undefined);
    if (invalid) responses[400] = errorResponse(invalid);
    if (op.role !== "PUBLIC") {
      responses[401] = errorResponse("No session and no valid API token");
      responses[403] = errorResponse(`The caller lacks the ${op.role} role`);
    }
    if (op.params) responses[404] = errorResponse(op.errors?.[404] ?? "Nothing matches the path");
    if (op.errors?.[409]) responses[409] = errorResponse(op.errors[409]);
    if (op.errors?.[422]) responses[422] = errorResponse(op.errors[422]);
    if (op.errors?.[502]) responses[502] = errorResponse(op.errors[502]);
    if (op.body) responses[413] = errorResponse(`The body is over ${MAX_BODY_BYTES} bytes`);
    responses[500] = errorResponse("An unexpected error, logged under the requestId");
    const operation = {
      operationId: operationId(op),
      summary: op.summary,
      tags: [op.tag],
      description: `${op.role === "PUBLIC" ? "Public: no session or token needed." : `Requires the ${op.role} role.`}${op.body ? " Unknown body fields are refused (400)." : ""}${op.paged ? PAGED : ""}`,
      security: op.role === "PUBLIC" ? [] : undefined,
      parameters: parameters.length ? parameters : undefined,
      requestBody: op.body
        ? { required: true, content: { "application/json": { schema: input(op.body) } } }
        : undefined,
      responses,
    };
    paths[op.path] = { ...paths[op.path], [op.method]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Opsdeck API",
      version,
      description:
        "Authenticate with an API token as `Authorization: Bearer odk_…`, or with a signed-in session cookie.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }, { session: [] }],
    tags: [...new Set(ops.map((op) => op.tag))].map((name) => ({ name })),
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token (npm run opsdeck -- token create)",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The session of a signed-in user",
        },
      },
      schemas: { Error: output(ZError) },
    },
    paths,
  };
}

/** "post /api/v1/checks/{id}/pause" → "postChecksIdPause": stable names for generated clients. */
const operationId = (op: ApiOperation) =>
  op.method +
  op.path
    .replace(/^\/api\/v1/, "")
    .split(/[/{}.-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
