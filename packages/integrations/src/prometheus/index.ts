export * from "./fetch-exposition.ts";
export * from "./problem.ts";
export * from "./totals.ts";
