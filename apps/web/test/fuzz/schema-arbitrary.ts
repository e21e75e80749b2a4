import fc from "fast-check";
import { hostileString, hostileValue } from "./hostile.ts";

/** The subset of (OpenAPI 3.0) JSON Schema the document uses. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  $ref?: string;
};

type Resolve = (ref: string) => JsonSchema;
/** Extra values for properties of a given name (e.g. ids of rows that exist), mixed with the schema's. */
export type Hints = Record<string, fc.Arbitrary<unknown>>;
let hints: Hints = {};
export const setHints = (h: Hints) => {
  hints = h;
};

/** A property's or query parameter's own values, mixed with the hint for its name if there is one. */
export const hinted = (name: string, own: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => {
  const hint = hints[name];
  return hint ? fc.oneof({ weight: 3, arbitrary: hint }, own) : own;
};

function stringFor(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === "uri" || s.format === "url")
    return fc.constantFrom("http://127.0.0.1:1/", "https://127.0.0.1:1/health");
  if (s.format === "date-time")
    return fc
      .date({ noInvalidDate: true, min: new Date(2020, 0, 1), max: new Date(2035, 0, 1) })
      .map((d) => d.toISOString());
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200));
    } catch {
      // a pattern JavaScript cannot compile: fall through to plain strings
    }
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
}

function numberFor(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min =
    typeof s.minimum === "number" ? s.minimum : typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum + 1 : -1e6;
  const max =
    typeof s.maximum === "number" ? s.maximum : typeof s.exclusiveMaximum === "number" ? s.exclusiveMaximum - 1 : 1e6;
  return integer
    ? fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31)) })
    : fc.double({ min, max, noNaN: true });
}

/**
 * Values that mostly satisfy `schema` (so requests reach the services behind validation), each leaf now
 * and then swapped for a hostile value or a near miss (one past a bound, a wrong type).
 */
export function arbitraryFor(schema: JsonSchema, resolve: Resolve, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryFor(resolve(schema.$ref), resolve, depth);
  const valid = validFor(schema, resolve, depth);
  const nearMiss: fc.Arbitrary<unknown>[] = [];
  if (typeof schema.maximum === "number") nearMiss.push(fc.constant(schema.maximum + 1));
  if (typeof schema.minimum === "number") nearMiss.push(fc.constant(schema.minimum - 1));
  if (typeof schema.maxLength === "number") nearMiss.push(fc.constant("y".repeat(schema.maxLength + 1)));
  return fc.oneof(
    { weight: 24, arbitrary: valid },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: nearMiss.length ? fc.oneof(...nearMiss) : hostileString },
  );
}

function validFor(schema: JsonSchema, resolve: Resolve, depth: number): fc.Arbitrary<unknown> {
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => arbitraryFor(s, resolve, depth)));
  if (schema.allOf?.length)
    return arbitraryFor(Object.assign({}, ...schema.allOf.map((s) => (s.$ref ? resolve(s.$ref) : s))), resolve, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 1 && types[0] === "null") return fc.constant(null);
  const type = types.find((t) => t !== "null") ?? (schema.properties ? "object" : undefined);
  const base = baseFor(schema, type, resolve, depth);
  return schema.nullable || types.includes("null") ? fc.oneof({ weight: 5, arbitrary: base }, fc.constant(null)) : base;
}

function baseFor(schema: JsonSchema, type: string | undefined, resolve: Resolve, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      return stringFor(schema);
    case "integer":
      return numberFor(schema, true);
    case "number":
      return numberFor(schema, false);
    case "boolean":
      return fc.boolean();
    case "array":
      return depth > 4
        ? fc.constant([])
        : fc.array(arbitraryFor(schema.items ?? {}, resolve, depth + 1), {
            minLength: schema.minItems ?? 0,
            maxLength: Math.min(schema.maxItems ?? 4, 4),
          });
    case "object": {
      if (depth > 4) return fc.constant({});
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const keys = Object.keys(props);
      const record = fc.record(
        Object.fromEntries(keys.map((k) => [k, hinted(k, arbitraryFor(props[k] ?? {}, resolve, depth + 1))])),
        { requiredKeys: keys.filter((k) => required.has(k)) },
      );
      // Now and then an unknown property, or a required one missing.
      return fc.oneof(
        { weight: 12, arbitrary: record },
        { weight: 1, arbitrary: fc.tuple(record, hostileString, hostileValue).map(([r, k, v]) => ({ ...r, [k]: v })) },
        {
          weight: 1,
          arbitrary: fc.tuple(record, fc.constantFrom(...(keys.length ? keys : ["x"]))).map(([r, k]) => {
            const { [k]: _dropped, ...rest } = r as Record<string, unknown>;
            return rest;
          }),
        },
      );
    }
    default:
      return hostileValue;
  }
}
