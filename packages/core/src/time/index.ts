export * from "./format.ts";
export * from "./relative.ts";
export * from "./wall-time.ts";
export * from "./zone.ts";
export * from "./zoned-instant.ts";
