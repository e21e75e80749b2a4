export * from "./deploy/types.ts";
export * from "./run-io.ts";
