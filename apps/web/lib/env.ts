import { parseEnv } from "@opsdeck/core/env";
import { parseKey } from "@opsdeck/core/secrets/crypto";
import { z } from "zod";

const optional = z.string().min(1).optional();
// Plain z.url() takes "localhost:3000" (scheme "localhost:"), which breaks auth redirects later.
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional();

// Space- or comma-separated origins, each checked so that nothing else can reach the CSP header.
const ORIGIN_SOURCE = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;
const originList = z
  .string()
  .default("")
  .transform((v) => v.split(/[\s,]+/).filter(Boolean))
  .refine((list) => list.every((o) => ORIGIN_SOURCE.test(o)), "must be origins like https://example.com, separated by spaces");

export const ZWebEnv = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    NEXTAUTH_URL: httpUrl,
    OPSDECK_SECRET_KEY: z.string().refine((v) => {
      try {
        parseKey(v);
        return true;
      } catch {
        return false;
      }
    }, "must be 32 bytes as base64 or 64 hex characters (openssl rand -base64 32)"),
    SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(720).default(12),
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    GOOGLE_CLIENT_ID: optional,
    GOOGLE_CLIENT_SECRET: optional,
    OIDC_ISSUER: httpUrl,
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: z.string().default("Single sign-on"),
    STATUS_PAGE_FRAME_ANCESTORS: originList,
  })
  .superRefine((env, ctx) => {
    const pairs: [string, string][] = [
      ["GITHUB_ID", "GITHUB_SECRET"],
      ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
      ["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"],
      ["OIDC_ISSUER", "OIDC_CLIENT_ID"],
    ];
    const e = env as Record<string, unknown>;
    for (const [a, b] of pairs) {
      if (Boolean(e[a]) !== Boolean(e[b])) {
        ctx.addIssue({ code: "custom", path: [e[a] ? b : a], message: `must be set together with ${e[a] ? a : b}` });
      }
    }
  });

export type TWebEnv = z.output<typeof ZWebEnv>;

/** Served over HTTPS: secure cookie names, HSTS. */
export const servesHttps = (e: TWebEnv): boolean => e.NEXTAUTH_URL?.startsWith("https://") ?? false;

let cached: TWebEnv | undefined;

/** The validated environment; the first call throws an EnvError naming each bad variable. */
export function env(): TWebEnv {
  cached ??= parseEnv(ZWebEnv, process.env);
  return cached;
}
