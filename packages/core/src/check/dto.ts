import type { CheckKind, CheckModel as Check, CheckState } from "@opsdeck/db";

const SENSITIVE_HEADER = /authorization|cookie|token|secret|key|password/i;
export const REDACTED = "[redacted]";
const URL_PASSWORD = "redacted";

/** Header credentials and URL passwords are hidden from readers and audit rows. */
export function redactConfig(config: unknown): Record<string, unknown> {
  const c = { ...(config as Record<string, unknown>) };
  if (c.headers && typeof c.headers === "object") {
    c.headers = Object.fromEntries(
      Object.entries(c.headers as Record<string, string>).map(([k, v]) => [k, SENSITIVE_HEADER.test(k) ? REDACTED : v]),
    );
  }
  if (typeof c.url === "string" && URL.canParse(c.url)) {
    const u = new URL(c.url);
    if (u.password) {
      u.password = URL_PASSWORD;
      c.url = u.toString();
    }
  }
  return c;
}

/** Put back what redactConfig hid, so a config read from the API can be saved unchanged. */
export function restoreRedacted(next: Record<string, unknown>, previous: unknown): Record<string, unknown> {
  const prev = (previous ?? {}) as Record<string, unknown>;
  if (next.headers && typeof next.headers === "object") {
    const old = (prev.headers ?? {}) as Record<string, string>;
    next.headers = Object.fromEntries(
      Object.entries(next.headers as Record<string, unknown>).map(([k, v]) => [
        k,
        v === REDACTED && k in old ? old[k] : v,
      ]),
    );
  }
  if (
    typeof next.url === "string" &&
    typeof prev.url === "string" &&
    URL.canParse(next.url) &&
    URL.canParse(prev.url)
  ) {
    const u = new URL(next.url);
    const p = new URL(prev.url);
    if (u.password === URL_PASSWORD && u.host === p.host && u.username === p.username) {
      u.password = p.password;
      next.url = u.toString();
    }
  }
  return next;
}

export type CheckDto = {
  id: string;
  seq: number;
  serviceId: string;
  name: string;
  kind: CheckKind;
  config: Record<string, unknown>;
  intervalSeconds: number;
  timeoutMs: number;
  downAfter: number;
  paused: boolean;
  state: CheckState;
  stateSince: string;
  lastCheckedAt: string | null;
  lastLatencyMs: number | null;
  lastMessage: string | null;
  lastPingAt: string | null;
  runRequestedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** Never carries the heartbeat token: it is shown once, on create or rotation. */
export const toCheckDto = (c: Check): CheckDto => ({
  id: c.id,
  seq: c.seq,
  serviceId: c.serviceId,
  name: c.name,
  kind: c.kind,
  config: redactConfig(c.config),
  intervalSeconds: c.intervalSeconds,
  timeoutMs: c.timeoutMs,
  downAfter: c.downAfter,
  paused: c.paused,
  state: c.state,
  stateSince: c.stateSince.toISOString(),
  lastCheckedAt: iso(c.lastCheckedAt),
  lastLatencyMs: c.lastLatencyMs,
  lastMessage: c.lastMessage,
  lastPingAt: iso(c.lastPingAt),
  runRequestedAt: iso(c.runRequestedAt),
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

/** What an audit row keeps of a check: settings, no token, credentials redacted. */
export const auditCheck = (c: Check) => ({
  name: c.name,
  serviceId: c.serviceId,
  kind: c.kind,
  config: redactConfig(c.config),
  intervalSeconds: c.intervalSeconds,
  timeoutMs: c.timeoutMs,
  downAfter: c.downAfter,
  paused: c.paused,
});
