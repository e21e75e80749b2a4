export * from "./backoff.ts";
export * from "./encode-params.ts";
export * from "./json-client.ts";
export * from "./parse-body.ts";
export * from "./rate-limit-wait.ts";
export * from "./retry-after.ts";
export * from "./sleep.ts";
export * from "./pacer.ts";
