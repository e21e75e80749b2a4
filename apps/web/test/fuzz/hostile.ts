import fc from "fast-check";

/** Strings that broke or could break a server: unstorable text, encodings, injection, sheer size. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udc00y",
    "😀",
    "%ff%fe",
    "%",
    "../../etc/passwd",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "NaN",
    "-1",
    "1e309",
    "null",
    "true",
    "[]",
    "{}",
    "http://",
    "http://127.0.0.1:1/",
    "postgres://u:p@127.0.0.1:1/db",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer({ min: 101, max: 200_000 }).map((n) => "x".repeat(n)),
);

/** Any JSON-ish value, with hostile strings among its leaves. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, true, false, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, -0),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A JSON text nested `depth` levels deep. */
export const deeplyNested = (depth: number): string => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
