export * from "./contract-server.ts";
export * from "./render-server.ts";
export * from "./stripe-server.ts";
export * from "./vercel-server.ts";
