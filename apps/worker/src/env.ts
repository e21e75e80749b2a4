import { parseEnv } from "@opsdeck/core/env";
import { parseKey } from "@opsdeck/core/secrets/crypto";
import { z } from "zod";

const ms = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const ZWorkerEnv = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  WORKER_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  /** How often the Overview tiles' uptime bars and sparklines are recomputed from rollups. */
  // The result writer moves tile history forward with every batch; the full recompute is a safety net.
  WORKER_TILE_HISTORY_SECONDS: z.coerce.number().int().min(5).max(3600).default(600),
  /** How often runs of checklists are opened as their periods start, and missed runs marked. */
  WORKER_CHECKLIST_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  /** How often open incidents' missed SLA targets are recorded. */
  WORKER_SLA_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  /** How often each monitored database's Postgres insights are sampled into metric series. */
  WORKER_DB_INSIGHTS_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** How often the alert rules are evaluated. */
  WORKER_ALERT_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  /** How often each Stripe target's charges and failed webhook deliveries are read into hourly series. */
  WORKER_STRIPE_METRICS_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  /** How often each service's Prometheus metrics endpoint is scraped into app.* series. */
  WORKER_APP_METRICS_SECONDS: z.coerce.number().int().min(5).max(3600).default(15),
  /** How often each deploy target's recent deployments are read from its provider (deploy markers). */
  WORKER_DEPLOYS_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  /** How often layers whose shift just started are looked for, to send the incoming person's handoff. */
  WORKER_HANDOFF_SECONDS: z.coerce.number().int().min(5).max(600).default(60),
  WORKER_ID: z.string().min(1).optional(),
  /** A dead worker's shards are taken over once its leases expire (TTL) and the next renew runs. */
  WORKER_LEASE_TTL_MS: ms(1_000, 300_000, 20_000),
  WORKER_LEASE_RENEW_MS: ms(200, 60_000, 5_000),
  WORKER_CHECK_POLL_MS: ms(200, 60_000, 3_000),
  WORKER_CHECK_CONCURRENCY: ms(1, 10_000, 200),
  /** Floor for check intervals; lowered only by tests. */
  WORKER_MIN_INTERVAL_MS: ms(100, 3_600_000, 10_000),
  /** Decrypts the secrets that postgres and Stripe checks name; optional, as for the web app's key. */
  OPSDECK_SECRET_KEY: z
    .string()
    .transform((v, ctx) => {
      try {
        return parseKey(v);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: String((err as Error).message) });
        return z.NEVER;
      }
    })
    .optional(),
  CHECK_RESULT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  /** The public URL: incident notifications link to NEXTAUTH_URL/incidents/<number>. */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  /** Seconds to wait before each retry of a failed notification; one attempt more than waits. */
  WORKER_NOTIFY_RETRY_SECONDS: z
    .string()
    .default("30,120,600,1800")
    .transform((v) => v.split(",").map((s) => Number(s.trim()) * 1000))
    .refine((l) => l.length <= 10 && l.every((ms) => Number.isFinite(ms) && ms > 0 && ms <= 86_400_000), {
      message: "must be up to 10 comma-separated positive numbers of seconds (at most a day each)",
    }),
});

export type TWorkerEnv = z.output<typeof ZWorkerEnv>;

export const loadWorkerEnv = (source: Record<string, string | undefined> = process.env) => parseEnv(ZWorkerEnv, source);
