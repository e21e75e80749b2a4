export * from "./deploy/render/provider.ts";
export { createDemoReleases } from "./deploy/releases-demo.ts";
export { type ReleasesProviderOptions, releasesProvider } from "./deploy/releases.ts";
export * from "./deploy/types.ts";
export * from "./deploy/vercel/provider.ts";
export { type WebhookProviderOptions, type WebhookRollbackPayload, webhookProvider } from "./deploy/webhook.ts";
export { ZWebhookDeployment, ZWebhookDeployments } from "./deploy/webhook-schemas.ts";
export {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SEC,
  signWebhookBody,
  verifyWebhookSignature,
} from "./deploy/webhook-signature.ts";
export * from "./http/index.ts";
export * from "./postgres/index.ts";
export * from "./run-io.ts";
export * from "./storage/local-dir.ts";
export * from "./storage/types.ts";
export * from "./stripe/client.ts";
export * from "./stripe/types.ts";
export * from "./stripe/read-activity.ts";
export * from "./stripe/problem.ts";
export * from "./notify/index.ts";
export * from "./pg-insights/index.ts";
export * from "./prometheus/index.ts";
