export { createDemoReleases } from "./deploy/releases-demo.ts";
export { type ReleasesProviderOptions, releasesProvider } from "./deploy/releases.ts";
export * from "./deploy/types.ts";
export * from "./run-io.ts";
