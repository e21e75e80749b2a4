export * from "./password.ts";
export * from "./throttle.ts";
export { authenticateWithPassword, type TPasswordSignIn } from "./authenticate.ts";
export { linkOAuthSignIn } from "./oauth-link.ts";
