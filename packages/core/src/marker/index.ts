export * from "./dto.ts";
export * from "./list.ts";
export * from "./schemas.ts";
