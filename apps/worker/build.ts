// Bundles the worker into dist/main.mjs so that it runs on plain Node: under tsx every process also
// keeps a module-loader thread and the transpiled sources, about 75 MB of resident memory per worker.
// Workspace packages are bundled; npm packages stay external, imported by the path they resolve to here.
import path from "node:path";
import * as esbuild from "esbuild";

const here = import.meta.dirname;
const outfile = path.join(here, "dist/main.mjs");

const externalPackages: esbuild.Plugin = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("@opsdeck/") || args.path.startsWith("node:") || args.pluginData === "inner")
        return undefined;
      const found = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: "inner",
      });
      if (found.errors.length) return { errors: found.errors };
      if (!found.path.includes(`${path.sep}node_modules${path.sep}`)) return { path: found.path, external: true };
      // Relative to the bundle: a package installed only under one workspace (nodemailer) is found too.
      return { path: path.relative(path.dirname(outfile), found.path), external: true };
    });
  },
};

await esbuild.build({
  entryPoints: [path.join(here, "src/main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Resolve as Node does at run time: no "module" condition or field.
  conditions: [],
  mainFields: ["main"],
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [externalPackages],
});
