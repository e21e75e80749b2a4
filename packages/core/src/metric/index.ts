export * from "./constants.ts";
export * from "./labels.ts";
export * from "./list.ts";
export * from "./prune.ts";
export * from "./query.ts";
export * from "./read.ts";
export * from "./schemas.ts";
export * from "./write.ts";
