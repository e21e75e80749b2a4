import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { api, operations } from "./operations.ts";

const V1 = join(import.meta.dirname, "../../app/api/v1");
/** Served under /api/v1 but not operations of the document: the document itself, and the JSON 404 for unknown paths. */
const CATCH_ALL = ["get", "post", "put", "patch", "delete", "head", "options"].map((m) => `${m} /api/v1/[...path]`);
const NOT_OPERATIONS = ["get /api/v1/openapi.json", ...CATCH_ALL];
const METHODS =
  /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|export\s*\{([^}]*)\}/g;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(join(dir, e.name)) : e.name === "route.ts" ? [join(dir, e.name)] : [],
  );
}

/** "checks/[id]/route.ts" exporting GET and PATCH → "get /api/v1/checks/{id}", "patch /api/v1/checks/{id}". */
function servedOperations(): string[] {
  return routeFiles(V1).flatMap((file) => {
    const segments = relative(V1, file).split(sep).slice(0, -1);
    const path = ["/api/v1", ...segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
    const methods = [...readFileSync(file, "utf8").matchAll(METHODS)].flatMap(([, named, list]) =>
      named
        ? [named]
        : (list ?? "").split(",").map(
            (part) =>
              part
                .trim()
                .split(/\s+as\s+/)
                .pop() ?? "",
          ),
    );
    return methods.filter((m) => /^[A-Z]+$/.test(m)).map((m) => `${m.toLowerCase()} ${path}`);
  });
}

/** "/api/v1/checks/{id}" → "checks/[id]/route.ts"'s folder, as it appears in a file path. */
const routeDir = (op: string) =>
  `${join(
    V1,
    op
      .split(" ")[1]
      ?.replace("/api/v1", "")
      .replace(/\{(\w+)\}/g, "[$1]") ?? "",
  )}${sep}route.ts`;

describe("the operations list", () => {
  it("names every method a /api/v1 route exports, and nothing else", () => {
    const served = servedOperations().filter((o) => !NOT_OPERATIONS.includes(o));
    const listed = operations.map((o) => `${o.method} ${o.path}`);
    expect(served.length).toBeGreaterThan(10);
    expect([...listed].sort()).toEqual([...served].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("is what each route serves: its handler is built from the entry with its own method and path", () => {
    for (const file of routeFiles(V1)) {
      for (const [, method, name] of readFileSync(file, "utf8").matchAll(
        /export const (\w+) = apiRoute\(api\.(\w+)\b/g,
      )) {
        const entry = api[name as keyof typeof api];
        expect(entry, `${file}: api.${name}`).toBeDefined();
        expect(`${entry.method} ${entry.path}`).toBe(
          servedOperations().find((o) => o.startsWith(`${method?.toLowerCase()} `) && file === routeDir(o)),
        );
      }
    }
  });

  it("declares a schema for each path parameter, and only for those", () => {
    for (const op of operations) {
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(Object.keys(op.params?.shape ?? {}), `${op.method} ${op.path}`).toEqual(inPath);
    }
  });
});
