export * from "./constants.ts";
export * from "./histogram.ts";
export * from "./rollup.ts";
export * from "./shards.ts";
export * from "./slots.ts";
export * from "./state.ts";
