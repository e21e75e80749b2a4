import { CheckKind, CheckState } from "@opsdeck/db";
import { z } from "zod";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { DEFAULT_DOWN_AFTER, MIN_INTERVAL_SECONDS } from "./constants.ts";

const KINDS = Object.values(CheckKind);
const ZId = (what: string) =>
  z
    .string({ error: `Choose a ${what}` })
    .trim()
    .min(1, `Choose a ${what}`);

/** Accepts "http" or "HTTP"; unknown kinds get an error on `kind`. */
export const ZCheckKind = z
  .string({ error: "Choose a check kind" })
  .trim()
  .toUpperCase()
  .pipe(z.enum(CheckKind, { error: `Use one of ${KINDS.join(", ")}` }));

const ZName = z
  .string({ error: "Name the check" })
  .trim()
  .min(1, "Name the check")
  .max(100, "Use at most 100 characters");
const ZInterval = z
  .int({ error: "Use a whole number of seconds" })
  .min(MIN_INTERVAL_SECONDS, `Use at least ${MIN_INTERVAL_SECONDS} seconds`)
  .max(86_400, "Use at most 86400 seconds (a day)");
const ZTimeout = z
  .int({ error: "Use a whole number of milliseconds" })
  .min(50, "Use at least 50 ms")
  .max(120_000, "Use at most 120000 ms");
const ZDownAfter = z
  .int({ error: "Use a whole number" })
  .min(1, "Use 1 to 10 failures")
  .max(10, "Use 1 to 10 failures");
/** The probe config without `kind`; validated against the probes' ZCheckConfig once the kind is known. */
const ZConfig = z.record(z.string(), z.unknown(), { error: "Config must be an object" });

export const ZCreateCheck = z.object({
  serviceId: ZId("service"),
  name: ZName,
  kind: ZCheckKind,
  config: ZConfig.default({}),
  intervalSeconds: ZInterval.default(60),
  /** Defaults to the config's own timeoutMs (10 s). */
  timeoutMs: ZTimeout.optional(),
  downAfter: ZDownAfter.default(DEFAULT_DOWN_AFTER),
});
export type TCreateCheck = z.input<typeof ZCreateCheck>;

/** The most checks one bulk call creates: a body of a thousand HTTP checks stays well inside 2 MiB. */
export const MAX_BULK_CHECKS = 1000;
export const ZCreateChecks = z.object({
  checks: z
    .array(z.unknown(), { error: "Send the checks as an array" })
    .min(1, "Send at least one check")
    .max(MAX_BULK_CHECKS, `Send at most ${MAX_BULK_CHECKS} checks per call`),
});
export type TCreateChecks = { checks: TCreateCheck[] };

export const ZUpdateCheck = z.object({
  id: ZId("check"),
  name: ZName.optional(),
  kind: ZCheckKind.optional(),
  config: ZConfig.optional(),
  intervalSeconds: ZInterval.optional(),
  timeoutMs: ZTimeout.optional(),
  downAfter: ZDownAfter.optional(),
});
export type TUpdateCheck = z.input<typeof ZUpdateCheck>;

export const ZCheckRef = z.object({ id: ZId("check") });
export type TCheckRef = z.input<typeof ZCheckRef>;

export const ZSetCheckPaused = z.object({ id: ZId("check"), paused: z.boolean({ error: "Say whether to pause" }) });
export type TSetCheckPaused = z.input<typeof ZSetCheckPaused>;

export const ZCreateMaintenance = z
  .object({
    checkId: z.string().trim().min(1).optional(),
    serviceId: z.string().trim().min(1).optional(),
    /** Defaults to now. */
    startsAt: z.coerce.date({ error: "Enter a start time" }).optional(),
    endsAt: z.coerce.date({ error: "Enter an end time" }),
    reason: z.string({ error: "Give a reason" }).trim().min(1, "Give a reason").max(500, "Use at most 500 characters"),
  })
  .refine((w) => (w.checkId === undefined) !== (w.serviceId === undefined), {
    path: ["checkId"],
    message: "Choose a check or a service, not both",
  });
export type TCreateMaintenance = z.input<typeof ZCreateMaintenance>;

export const ZMaintenanceRef = z.object({ id: ZId("maintenance window") });
export type TMaintenanceRef = z.input<typeof ZMaintenanceRef>;

export const ZListCheckTiles = z.object({
  /** Matches service or check name, ignoring case. */
  q: z.string().trim().max(100).optional(),
  state: z.enum(CheckState).optional(),
  /** One service's checks only (its slug): what the Overview reads when a folded service is opened. */
  service: z.string().trim().min(1).max(100).optional().describe("Only this service's checks (its slug)"),
  /** Most checks returned, worst first. */
  limit: pageLimit(5000).default(2000),
  cursor: ZCursor,
  order: z
    .enum(["worst", "name"], { error: "Use worst or name" })
    .default("worst")
    .describe(
      "worst: worst state first, then service and check name (a check that changes state during a walk may move across pages); name: by service, then check name, whatever their state",
    ),
});
export type TListCheckTiles = z.input<typeof ZListCheckTiles>;

export const HEALTH_RANGES = ["1h", "24h", "7d", "30d", "90d"] as const;
export const ZHealthRange = z.enum(HEALTH_RANGES, { error: `Use one of ${HEALTH_RANGES.join(", ")}` });
export type THealthRange = z.infer<typeof ZHealthRange>;

export const ZGetCheck = z.object({ id: ZId("check"), range: ZHealthRange.default("24h") });
export type TGetCheck = z.input<typeof ZGetCheck>;

export const ZGetServiceHealth = z.object({ serviceSlug: ZId("service"), range: ZHealthRange.default("24h") });
export type TGetServiceHealth = z.input<typeof ZGetServiceHealth>;
