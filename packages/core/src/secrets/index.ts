export * from "./crypto.ts";
export * from "./schemas.ts";
export * from "./store.ts";
