export * from "./issue.ts";
export * from "./read.ts";
export * from "./redeem.ts";
