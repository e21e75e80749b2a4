export * from "./read.ts";
export * from "./record.ts";
