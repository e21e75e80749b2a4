export * from "./schemas.ts";
export { createApiToken } from "./create.ts";
export { verifyApiToken } from "./verify.ts";
export { revokeApiToken } from "./revoke.ts";
export { listApiTokens } from "./list.ts";
