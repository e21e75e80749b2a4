import { readFileSync } from "node:fs";
import path from "node:path";

export type ActionRef = { id: string; name: string; page: string; file: string; fields: string[] };

const webDir = path.resolve(import.meta.dirname, "../..");

/**
 * The names a server action reads from its form: `form.get("x")`, `formFields(form, [...])`, a
 * `const X_FIELDS = [...] as const` list, `c("x")` config fields.
 */
export function formFieldNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/form\.get(?:All)?\("([\w.]+)"\)/g)) names.add(m[1] as string);
  for (const m of source.matchAll(/\(form, "([\w.]+)"\)/g)) names.add(m[1] as string);
  for (const m of source.matchAll(/formFields<[^>]*>\(form, \[([^\]]*)\]\)/g)) {
    for (const n of (m[1] as string).matchAll(/"([\w.]+)"/g)) names.add(n[1] as string);
  }
  for (const m of source.matchAll(/\b[A-Z_]+_FIELDS = \[([^\]]*)\] as const/g)) {
    for (const n of (m[1] as string).matchAll(/"([\w.]+)"/g)) names.add(n[1] as string);
  }
  for (const m of source.matchAll(/\b[cn]\("(\w+)"\)/g)) names.add(`config.${m[1]}`);
  return [...names];
}

/** The source of an action's file and of the files beside it that it imports ("./x"). */
function sourceWithLocalImports(file: string): string {
  const main = readFileSync(file, "utf8");
  const locals = [...main.matchAll(/from "\.\/([\w-]+)"/g)].map((m) => path.join(path.dirname(file), `${m[1]}.ts`));
  return [main, ...locals.map((f) => readFileSync(f, "utf8"))].join("\n");
}

/** `app/(dashboard)/services/[slug]/page` → `/services/<slug>`. */
export function pagePath(page: string, params: Record<string, string>): string {
  const parts = page
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((p) => p && !/^\(.*\)$/.test(p))
    .map((p) => (/^\[(\w+)\]$/.test(p) ? encodeURIComponent(params[p.slice(1, -1)] ?? "x") : p));
  return `/${parts.join("/")}`;
}

/** Every server action of the build, from Next's server reference manifest. */
export function serverActions(): ActionRef[] {
  const manifest = JSON.parse(
    readFileSync(path.join(webDir, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => {
    const file = path.resolve(webDir, "../..", a.filename);
    return {
      id,
      name: a.exportedName,
      page: Object.keys(a.workers)[0] ?? "app/page",
      file,
      fields: formFieldNames(sourceWithLocalImports(file)),
    };
  });
}
