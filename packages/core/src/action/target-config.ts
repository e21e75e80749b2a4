import type { TargetKind } from "@opsdeck/db";
import { z } from "zod";
import { cronError } from "./cron.ts";

const apiBaseUrl = z
  .url({ protocol: /^https?$/, error: "Enter an http(s) URL" })
  .max(500)
  .optional()
  .describe("The provider's API base URL; leave empty for the provider's own");
const id = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}`)
    .max(200);

export const ZReleasesConfig = z.object({
  root: z
    .string({ error: "Enter the directory that holds releases/ and current" })
    .trim()
    .regex(/^\//, "Use an absolute path")
    .max(1000),
});
export const ZVercelConfig = z.object({ projectId: id("project id"), teamId: id("team id").optional(), apiBaseUrl });
export const ZRenderConfig = z.object({ serviceId: id("service id"), apiBaseUrl });
export const ZWebhookConfig = z.object({
  url: z.url({ protocol: /^https?$/, error: "Enter an http(s) URL" }).max(1000),
  deploymentsUrl: z
    .url({ protocol: /^https?$/, error: "Enter an http(s) URL" })
    .max(1000)
    .optional(),
});
export const ZPostgresConfig = z.object({
  /** Local directory the dumps are written to. */
  storageDir: z.string({ error: "Enter the backup directory" }).trim().regex(/^\//, "Use an absolute path").max(1000),
  /** Cron expression for scheduled backups (UTC); none: on demand only. */
  schedule: z
    .string()
    .trim()
    .max(100)
    .refine((v) => !cronError(v), { error: (i) => cronError(String(i.input)) ?? "Not a cron expression" })
    .optional(),
  keepLast: z.int().min(1).max(1000).optional(),
  keepDays: z.int().min(1).max(3650).optional(),
  /** The database the connection URL names, kept beside it (not secret) for confirmations to show. */
  database: z.string().max(200).optional(),
});
export const ZStripeConfig = z.object({ apiBaseUrl });

export const TARGET_CONFIG: Record<TargetKind, z.ZodType> = {
  RELEASES: ZReleasesConfig,
  VERCEL: ZVercelConfig,
  RENDER: ZRenderConfig,
  WEBHOOK: ZWebhookConfig,
  POSTGRES: ZPostgresConfig,
  STRIPE: ZStripeConfig,
};

export { CREDENTIAL, restartEnvName, targetSecretName } from "./target-labels.ts";
