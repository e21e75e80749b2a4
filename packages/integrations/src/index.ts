export * from "./deploy/types.ts";
export * from "./postgres/index.ts";
export * from "./run-io.ts";
export * from "./storage/local-dir.ts";
export * from "./storage/types.ts";
