import { X509Certificate } from "node:crypto";
import { isIP } from "node:net";
import { z } from "zod";
import { jsonPathError } from "./json-path.ts";
import { parseStatusSpec } from "./status-ranges.ts";

export const CHECK_KINDS = ["http", "tcp", "dns", "tls", "postgres", "stripe", "heartbeat"] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const DEFAULT_TIMEOUT_MS = 10_000;
const timeoutMs = z
  .int({ error: "Timeout must be a whole number of milliseconds" })
  .min(50, { error: "Timeout must be at least 50 ms" })
  .max(120_000, { error: "Timeout must be at most 120000 ms (2 minutes)" })
  .default(DEFAULT_TIMEOUT_MS);

function urlWithProtocols(protocols: readonly string[], label: string) {
  return z
    .string({ error: "URL is required" })
    .trim()
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: `Invalid URL: "${value}" is not an absolute URL` });
        return;
      }
      if (!protocols.includes(url.protocol)) {
        ctx.addIssue({ code: "custom", message: `Invalid URL: it must start with ${label}` });
      } else if (!url.hostname) {
        ctx.addIssue({ code: "custom", message: "Invalid URL: it has no host" });
      }
    });
}

const httpUrl = urlWithProtocols(["http:", "https:"], "http:// or https://");
const postgresUrl = urlWithProtocols(["postgres:", "postgresql:"], "postgres:// or postgresql://");

const HOST_LABEL = /^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$/;

function isHostName(value: string): boolean {
  const name = value.endsWith(".") ? value.slice(0, -1) : value;
  return name.length > 0 && name.length <= 253 && name.split(".").every((label) => HOST_LABEL.test(label));
}

const host = z
  .string({ error: "Host is required" })
  .trim()
  .refine((v) => isIP(v) !== 0 || isHostName(v), {
    error: "Enter a host name or IP address without scheme, port or path (e.g. db.example.com)",
  });

const hostName = z
  .string({ error: "Host name is required" })
  .trim()
  .refine(isHostName, { error: "Enter a valid DNS name (e.g. example.com)" });

const port = z
  .int({ error: "Port must be a whole number" })
  .min(1, { error: "Port must be between 1 and 65535" })
  .max(65_535, { error: "Port must be between 1 and 65535" });

const pem = z.string().refine(
  (value) => {
    try {
      new X509Certificate(value);
      return true;
    } catch {
      return false;
    }
  },
  { error: "Not a valid PEM certificate (expected -----BEGIN CERTIFICATE-----)" },
);

const statusSpec = z
  .union([z.int(), z.string()], { error: 'Use a status code (200) or a range ("200-299")' })
  .superRefine((spec, ctx) => {
    const parsed = parseStatusSpec(spec);
    if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: parsed });
  });

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const headers = z.record(z.string(), z.string({ error: "Header values must be strings" })).superRefine((map, ctx) => {
  for (const [name, value] of Object.entries(map)) {
    if (!HEADER_NAME.test(name)) {
      ctx.addIssue({
        code: "custom",
        path: [name],
        message: `Header name "${name}" may only contain letters, digits and !#$%&'*+.^_\`|~-`,
      });
    } else if (/[\r\n\0]/.test(value)) {
      ctx.addIssue({ code: "custom", path: [name], message: `Header "${name}" may not contain line breaks` });
    }
  }
});

const REGEX_FLAGS = /^(?!.*(.).*\1)[imsu]*$/;
const regexFlags = z.string().regex(REGEX_FLAGS, { error: "Regex flags may only be i, m, s and u, each at most once" });

const jsonPath = z
  .string({ error: "JSON path is required" })
  .trim()
  .superRefine((path, ctx) => {
    const problem = jsonPathError(path);
    if (problem) ctx.addIssue({ code: "custom", message: `Malformed JSON path: ${problem}` });
  });

const degradedAboveMs = z
  .int({ error: "Latency threshold must be a whole number of milliseconds" })
  .positive({ error: "Latency threshold must be above 0 ms" })
  .optional();

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export const ZHttpCheckConfig = z
  .strictObject({
    kind: z.literal("http"),
    url: httpUrl,
    method: z.enum(HTTP_METHODS, { error: `Method must be one of ${HTTP_METHODS.join(", ")}` }).default("GET"),
    headers: headers.default({}),
    body: z.string().max(1_048_576, { error: "Request body must be at most 1 MiB" }).optional(),
    expectedStatus: z
      .array(statusSpec)
      .min(1, { error: "List at least one expected status code or range" })
      .default(["200-299"]),
    bodyContains: z.string().min(1, { error: "Keyword must not be empty" }).optional(),
    bodyNotContains: z.string().min(1, { error: "Keyword must not be empty" }).optional(),
    bodyRegex: z.string().min(1, { error: "Regex must not be empty" }).optional(),
    bodyRegexFlags: regexFlags.optional(),
    jsonPath: z.strictObject({ path: jsonPath, equals: z.json({ error: "Expected value must be JSON" }) }).optional(),
    degradedAboveMs,
    followRedirects: z.boolean().default(true),
    verifyTls: z.boolean().default(true),
    caPem: pem.optional(),
    timeoutMs,
  })
  .superRefine((config, ctx) => {
    if (config.method === "HEAD") {
      for (const field of ["bodyContains", "bodyNotContains", "bodyRegex", "jsonPath"] as const) {
        if (config[field] !== undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: "HEAD responses have no body: use GET to check it" });
        }
      }
    }
    // Bad flags are already reported on their own field.
    if (config.bodyRegex === undefined || !REGEX_FLAGS.test(config.bodyRegexFlags ?? "")) return;
    try {
      new RegExp(config.bodyRegex, config.bodyRegexFlags);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      ctx.addIssue({ code: "custom", path: ["bodyRegex"], message: `Regex does not compile: ${reason}` });
    }
  });

export const ZTcpCheckConfig = z.strictObject({
  kind: z.literal("tcp"),
  host,
  port,
  degradedAboveMs,
  timeoutMs,
});

export const DNS_RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "TXT", "NS"] as const;

/** "1.1.1.1", "1.1.1.1:53", "2001:db8::1" or "[2001:db8::1]:53", as dns.setServers accepts. */
function isDnsServer(value: string): boolean {
  if (isIP(value)) return true;
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3})):(\d{1,5})$/.exec(value);
  if (!m) return false;
  const ip = m[1] ?? m[2] ?? "";
  const p = Number(m[3]);
  return isIP(ip) !== 0 && p >= 1 && p <= 65_535;
}

export const ZDnsCheckConfig = z.strictObject({
  kind: z.literal("dns"),
  hostname: hostName,
  recordType: z
    .enum(DNS_RECORD_TYPES, { error: `Record type must be one of ${DNS_RECORD_TYPES.join(", ")}` })
    .default("A"),
  expectedValue: z.string().trim().min(1, { error: "Expected value must not be empty" }).optional(),
  servers: z
    .array(z.string().trim().refine(isDnsServer, { error: "DNS servers must be IP addresses, optionally with :port" }))
    .optional(),
  timeoutMs,
});

export const ZTlsCheckConfig = z.strictObject({
  kind: z.literal("tls"),
  host,
  port: port.default(443),
  servername: hostName.optional(),
  warnDays: z
    .int({ error: "Warning window must be a whole number of days" })
    .min(0, { error: "Warning window must be 0 days or more" })
    .max(3650, { error: "Warning window must be at most 3650 days" })
    .default(14),
  allowSelfSigned: z.boolean().default(false),
  caPem: pem.optional(),
  timeoutMs,
});

export const ZPostgresCheckConfig = z
  .strictObject({
    kind: z.literal("postgres"),
    url: postgresUrl.optional(),
    connectionSecret: z.string().trim().min(1, { error: "Secret name must not be empty" }).optional(),
    degradedAbovePercent: z
      .number({ error: "Threshold must be a number" })
      .min(0, { error: "Threshold must be between 0 and 100 percent" })
      .max(100, { error: "Threshold must be between 0 and 100 percent" })
      .default(80),
    timeoutMs,
  })
  .superRefine((c, ctx) => {
    if (c.url === undefined && c.connectionSecret === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        message: "Give a connection URL or the name of a secret holding it",
      });
    } else if (c.url !== undefined && c.connectionSecret !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        message: "Give either a connection URL or a secret name, not both",
      });
    }
  });

export const ZStripeCheckConfig = z.strictObject({
  kind: z.literal("stripe"),
  apiKeySecret: z.string({ error: "Secret name is required" }).trim().min(1, { error: "Secret name is required" }),
  baseUrl: httpUrl
    .refine(
      (value) => {
        const url = URL.canParse(value) ? new URL(value) : undefined;
        return !url || (url.pathname === "/" && !url.search && !url.username);
      },
      { error: "Base URL must be only scheme://host[:port]: the Stripe client adds the API paths" },
    )
    .optional(),
  timeoutMs,
});

export const ZHeartbeatCheckConfig = z.strictObject({
  kind: z.literal("heartbeat"),
  periodSeconds: z
    .int({ error: "Period must be a whole number of seconds" })
    .min(1, { error: "Period must be at least 1 second" })
    .max(31 * 86_400, { error: "Period must be at most 31 days" }),
  graceSeconds: z
    .int({ error: "Grace must be a whole number of seconds" })
    .min(0, { error: "Grace must be 0 seconds or more" })
    .max(31 * 86_400, { error: "Grace must be at most 31 days" })
    .default(60),
});

export const ZCheckConfig = z.discriminatedUnion(
  "kind",
  [
    ZHttpCheckConfig,
    ZTcpCheckConfig,
    ZDnsCheckConfig,
    ZTlsCheckConfig,
    ZPostgresCheckConfig,
    ZStripeCheckConfig,
    ZHeartbeatCheckConfig,
  ],
  {
    error: (issue) => {
      if (issue.code !== "invalid_union") return undefined;
      const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
      const expected = `expected one of ${CHECK_KINDS.join(", ")}`;
      return kind === undefined
        ? `Check kind is required; ${expected}`
        : `Unknown check kind ${JSON.stringify(kind)}; ${expected}`;
    },
  },
);

export type HttpCheckConfig = z.output<typeof ZHttpCheckConfig>;
export type HttpCheckInput = z.input<typeof ZHttpCheckConfig>;
export type TcpCheckConfig = z.output<typeof ZTcpCheckConfig>;
export type TcpCheckInput = z.input<typeof ZTcpCheckConfig>;
export type DnsCheckConfig = z.output<typeof ZDnsCheckConfig>;
export type DnsCheckInput = z.input<typeof ZDnsCheckConfig>;
export type TlsCheckConfig = z.output<typeof ZTlsCheckConfig>;
export type TlsCheckInput = z.input<typeof ZTlsCheckConfig>;
export type PostgresCheckConfig = z.output<typeof ZPostgresCheckConfig>;
export type PostgresCheckInput = z.input<typeof ZPostgresCheckConfig>;
export type StripeCheckConfig = z.output<typeof ZStripeCheckConfig>;
export type StripeCheckInput = z.input<typeof ZStripeCheckConfig>;
export type HeartbeatCheckConfig = z.output<typeof ZHeartbeatCheckConfig>;
export type HeartbeatCheckInput = z.input<typeof ZHeartbeatCheckConfig>;
export type CheckConfig = z.output<typeof ZCheckConfig>;
export type CheckConfigInput = z.input<typeof ZCheckConfig>;

/** A probe's own input: the kind may be left out when calling that probe directly. */
export type ProbeInput<T extends { kind: string }> = Omit<T, "kind"> & { kind?: T["kind"] };

export type FieldErrors = Record<string, string[]>;

/** Validate a stored or submitted check config, with messages keyed by field path. */
export function parseCheckConfig(
  input: unknown,
): { success: true; data: CheckConfig } | { success: false; fieldErrors: FieldErrors } {
  const result = ZCheckConfig.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, fieldErrors: issuesToFieldErrors(result.error.issues) };
}

export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return fieldErrors;
}
