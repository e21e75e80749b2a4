export * from "./schemas.ts";
export * from "./keyset.ts";
export * from "./prisma.ts";
