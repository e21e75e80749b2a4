import fc from "fast-check";
import { deeplyNested, hostileString, hostileValue } from "./hostile.ts";
import type { Operation } from "./operations.ts";
import { arbitraryFor, hinted, type JsonSchema } from "./schema-arbitrary.ts";

export type Caller = "admin" | "viewer" | "anonymous";
/** A path segment: an existing object (picked when sent), any text (encoded), or raw bytes as typed. */
export type Segment = { pick: number } | { text: string } | { raw: string };
export type FuzzRequest = {
  op: Operation;
  caller: Caller;
  segments: Record<string, Segment>;
  query: [string, string][];
  rawQuery: string;
  body: string | null;
};

const RAW_SEGMENTS = ["%ff%fe", "%", "%zz", "%00", "..", "%2e%2e", "a%2Fb", ".", "%E2%82", "x".repeat(3000)];

const segment: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 5, arbitrary: fc.nat().map((pick) => ({ pick })) },
  { weight: 2, arbitrary: hostileString.map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((raw) => ({ raw })) },
);

const asQueryValue = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""));

let huge: string | undefined;
const hugeBody = () => (huge ??= JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) }));

function bodyFor(schema: JsonSchema | undefined, resolve: (ref: string) => JsonSchema): fc.Arbitrary<string | null> {
  const hostile = fc.oneof(
    fc.constantFrom("not json", "[1,2]", '"text"', "null", "{", "{}", "\u0000"),
    fc.constant(deeplyNested(5000)),
    fc.constant(deeplyNested(40)),
    hostileValue.map((v) => JSON.stringify(v) ?? "null"),
  );
  if (!schema) return fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostile });
  return fc.oneof(
    { weight: 12, arbitrary: arbitraryFor(schema, resolve).map((v) => JSON.stringify(v) ?? "null") },
    { weight: 2, arbitrary: hostile },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant("").map(() => hugeBody()) },
  );
}

/** Requests for one operation: its parameters and body from its schemas, bent now and then. */
export function requestFor(op: Operation, resolve: (ref: string) => JsonSchema): fc.Arbitrary<FuzzRequest> {
  const pathNames = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const queryParams = op.parameters.filter((p) => p.in === "query");
  const query = fc
    .tuple(
      ...queryParams.map((p) =>
        fc
          .option(hinted(p.name, arbitraryFor(p.schema ?? {}, resolve)), { freq: 2 })
          .map((v) => (v === null ? null : ([p.name, asQueryValue(v)] as [string, string]))),
      ),
    )
    .map((pairs) => pairs.filter((p): p is [string, string] => p !== null));
  return fc.record({
    op: fc.constant(op),
    caller: fc.constantFrom<Caller>(
      "admin",
      "admin",
      "admin",
      "admin",
      "admin",
      "admin",
      "admin",
      "admin",
      "viewer",
      "anonymous",
    ),
    segments: fc.record(Object.fromEntries(pathNames.map((n) => [n, segment]))) as fc.Arbitrary<
      Record<string, Segment>
    >,
    query,
    rawQuery: fc.oneof(
      { weight: 9, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constantFrom("x=%ff", "limit=%", "range=%00", "q=%E2%82", "a[b][c]=1") },
    ),
    body: bodyFor(op.body, resolve),
  });
}
