export * from "./contract-server.ts";
export * from "./render-server.ts";
export * from "./stripe-server.ts";
export * from "./vercel-server.ts";
export * from "./receiver.ts";
export * from "./slack-server.ts";
export * from "./smtp-receiver.ts";
export * from "./webhook-receiver.ts";
