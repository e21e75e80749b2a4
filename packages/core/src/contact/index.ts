export * from "./dto.ts";
export { contactRoads } from "./endpoint.ts";
export * from "./list.ts";
export * from "./put.ts";
export * from "./schemas.ts";
export * from "./secret.ts";
export * from "./test-send.ts";
