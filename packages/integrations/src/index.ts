export * from "./deploy/render/provider.ts";
export * from "./deploy/types.ts";
export * from "./deploy/vercel/provider.ts";
export * from "./http/index.ts";
export * from "./run-io.ts";
export * from "./stripe/client.ts";
export * from "./stripe/types.ts";
