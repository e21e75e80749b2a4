import type { JsonSchema } from "./schema-arbitrary.ts";

export type Parameter = {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
};
export type Operation = { method: string; path: string; parameters: Parameter[]; body?: JsonSchema };
type Doc = {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
  components?: { schemas?: Record<string, JsonSchema>; parameters?: Record<string, Parameter> };
};

/** Every operation of an OpenAPI 3 document, with its parameters and JSON body schema. */
export function operationsOf(doc: Doc): { operations: Operation[]; resolve: (ref: string) => JsonSchema } {
  const resolve = (ref: string): JsonSchema => {
    const name = ref.replace("#/components/schemas/", "");
    const s = doc.components?.schemas?.[name];
    if (!s) throw new Error(`unresolved $ref ${ref}`);
    return s;
  };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const parameters = (op.parameters ?? []).map((p) => {
        const ref = (p as { $ref?: string }).$ref;
        return ref ? (doc.components?.parameters?.[ref.split("/").pop() ?? ""] as Parameter) : p;
      });
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters,
        body: op.requestBody?.content?.["application/json"]?.schema,
      });
    }
  }
  return { operations, resolve };
}
