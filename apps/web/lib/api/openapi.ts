import { z } from "zod";

export type ApiOperation = {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string;
  summary: string;
  tag: string;
  role: "VIEWER" | "RESPONDER" | "ADMIN";
  body?: z.ZodType;
  query?: z.ZodObject;
  response: z.ZodType;
};

const toSchema = (s: z.ZodType) => z.toJSONSchema(s, { target: "openapi-3.0", io: "output", unrepresentable: "any" });

const ZError = z.object({
  error: z.object({ code: z.string(), message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() }),
});

/** Build an OpenAPI 3.0 document from the operations' zod schemas. */
export function buildOpenApi(ops: ApiOperation[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const parameters = [
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } })),
      ...Object.entries(op.query?.shape ?? {}).map(([name, s]) => ({
        name,
        in: "query",
        required: !(s as z.ZodType).safeParse(undefined).success,
        schema: toSchema(s as z.ZodType),
      })),
    ];
    const responses: Record<string, unknown> = {
      200: { description: "OK", content: { "application/json": { schema: toSchema(op.response) } } },
      401: { description: "No session or API token", content: { "application/json": { schema: toSchema(ZError) } } },
      403: { description: `Needs the ${op.role} role`, content: { "application/json": { schema: toSchema(ZError) } } },
    };
    if (op.body || op.query) {
      responses[400] = { description: "Invalid input", content: { "application/json": { schema: toSchema(ZError) } } };
    }
    const path = (paths[op.path] ??= {});
    path[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      description: `Requires the ${op.role} role.`,
      parameters: parameters.length ? parameters : undefined,
      requestBody: op.body ? { required: true, content: { "application/json": { schema: toSchema(op.body) } } } : undefined,
      responses,
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "Opsdeck API", version },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token (npm run opsdeck -- token create)" } } },
    paths,
  };
}
