import { isDeepStrictEqual } from "node:util";
import { JSONPath } from "jsonpath-plus";

/*
 * jsonpath-plus accepts almost any string (e.g. "$.a[" silently means "$.a"), so paths are checked
 * here against the subset it evaluates faithfully: $ then .name, .*, ..name, [n,m], [a:b:c],
 * ['quoted'], [*], [?(filter)] and [(script)]; filters are compiled by jsonpath-plus's safe evaluator.
 */
const NAME = /^[\p{L}\p{N}_$-]+/u;
const INDEXES = /^-?\d+(?:,-?\d+)*$/;
const SLICE = /^-?\d*:-?\d*(?::-?\d*)?$/;
const QUOTED = /^(?:'[^'",[\]\\]+'|"[^'",[\]\\]+")$/;

/** Returns a sentence describing the first syntax problem, or undefined when the path is valid. */
export function jsonPathError(path: string): string | undefined {
  if (!path.startsWith("$")) return 'A JSON path must start with "$"';
  let i = 1;
  while (i < path.length) {
    const rest = path.slice(i);
    if (rest.startsWith("..")) {
      i += 2;
      if (path[i] === "[") continue;
      if (path[i] === "*") {
        i += 1;
        continue;
      }
      const name = NAME.exec(path.slice(i));
      if (!name) return `Expected a property name after ".." at position ${i}`;
      i += name[0].length;
    } else if (rest.startsWith(".")) {
      i += 1;
      if (path[i] === "*") {
        i += 1;
        continue;
      }
      const name = NAME.exec(path.slice(i));
      if (!name) return `Expected a property name after "." at position ${i}`;
      i += name[0].length;
    } else if (rest.startsWith("[")) {
      const end = bracketEnd(path, i);
      if (typeof end === "string") return end;
      const problem = bracketError(path.slice(i + 1, end), i);
      if (problem) return problem;
      i = end + 1;
    } else {
      return `Unexpected "${path[i]}" at position ${i}`;
    }
  }
  return undefined;
}

/** Index of the "]" closing the bracket at `open`, skipping parenthesised expressions. */
function bracketEnd(path: string, open: number): number | string {
  let depth = 0;
  for (let j = open + 1; j < path.length; j++) {
    const c = path[j];
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth < 0) return `Unbalanced ")" at position ${j}`;
    } else if (c === "]" && depth === 0) return j;
  }
  return depth > 0 ? `Unclosed "(" in the bracket at position ${open}` : `Unclosed "[" at position ${open}`;
}

function bracketError(inner: string, at: number): string | undefined {
  if (inner === "*" || INDEXES.test(inner) || (inner.includes(":") && SLICE.test(inner)) || QUOTED.test(inner)) {
    return undefined;
  }
  const expr = /^\?\((.*)\)$/s.exec(inner) ?? /^\((.*)\)$/s.exec(inner);
  if (expr) {
    const body = expr[1]?.trim() ?? "";
    if (!body) return `Empty expression in the bracket at position ${at}`;
    try {
      JSONPath({ path: `$[?(${body})]`, json: [0], eval: "safe", ignoreEvalErrors: true, wrap: true });
    } catch (err) {
      // The character offset refers to jsonpath-plus's rewritten script, not to the user's path.
      const reason = (err instanceof Error ? err.message : String(err)).replace(/ at character \d+$/, "");
      return `Invalid expression in the bracket at position ${at}: ${reason}`;
    }
    return undefined;
  }
  return `Invalid bracket "[${inner}]" at position ${at}: use an index, a slice, '*', a quoted name or ?(filter)`;
}

export type JsonPathOutcome =
  | { ok: true; matches: unknown[] }
  | { ok: false; reason: "no-match"; matches: [] }
  | { ok: false; reason: "mismatch"; matches: unknown[]; actual: unknown };

/** Every value the path selects must deep-equal `expected`, and it must select at least one. */
export function evaluateJsonPath(json: unknown, path: string, expected: unknown): JsonPathOutcome {
  const matches = JSONPath({ path, json: json as object, eval: "safe", wrap: true }) as unknown[] | undefined;
  if (!matches || matches.length === 0) return { ok: false, reason: "no-match", matches: [] };
  const wrong = matches.findIndex((m) => !isDeepStrictEqual(m, expected));
  if (wrong >= 0) return { ok: false, reason: "mismatch", matches, actual: matches[wrong] };
  return { ok: true, matches };
}
