export * from "./create.ts";
export * from "./delete.ts";
export * from "./dto.ts";
export * from "./escalating-counts.ts";
export * from "./list.ts";
export * from "./schemas.ts";
export * from "./update.ts";
export * from "./working-hours.ts";
