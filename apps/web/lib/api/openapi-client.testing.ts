import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  types: [],
};

/**
 * Generate TypeScript types from an OpenAPI document with openapi-typescript (as a client would, into
 * a temporary folder), then typecheck client modules that import them from "./api.ts", in one program.
 * Returns each client's compiler errors by name.
 */
export async function typecheckClients(
  document: unknown,
  clients: Record<string, string>,
): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), "opsdeck-client-"));
  writeFileSync(join(dir, "api.ts"), astToString(await openapiTS(document as Parameters<typeof openapiTS>[0])));
  const files = Object.fromEntries(Object.keys(clients).map((name, i) => [name, join(dir, `client-${i}.ts`)]));
  for (const [name, source] of Object.entries(clients)) writeFileSync(files[name] as string, source);
  const program = ts.createProgram(Object.values(files), OPTIONS);
  const errors = ts.getPreEmitDiagnostics(program);
  return Object.fromEntries(
    Object.entries(files).map(([name, file]) => [
      name,
      errors
        .filter((d) => d.file?.fileName === file || !d.file)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    ]),
  );
}
