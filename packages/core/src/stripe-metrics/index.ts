export * from "./currency.ts";
export * from "./dto.ts";
export * from "./get.ts";
export * from "./schemas.ts";
export * from "./series.ts";
