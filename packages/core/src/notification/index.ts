export * from "./channel-read.ts";
export * from "./channel-write.ts";
export * from "./dto.ts";
export * from "./kinds.ts";
export * from "./list.ts";
export * from "./schemas.ts";
export * from "./test-send.ts";
