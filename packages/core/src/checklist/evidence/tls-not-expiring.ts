import type { CheckState } from "@opsdeck/db";
import { ZTlsCheckConfig } from "@opsdeck/probes/schemas";
import { formatAgo } from "../../time/relative.ts";
import { evidence, nameSome, type Reader, plural } from "./internal.ts";
import type { Evidence, EvidenceStatus } from "./rules.ts";
import { TLS_MIN_DAYS_LEFT } from "./thresholds.ts";

type TlsRow = {
  name: string;
  config: unknown;
  health: CheckState;
  lastCheckedAt: Date | null;
  serviceSlug: string;
  serviceName: string;
};

type TlsVerdict = { host: string; status: EvidenceStatus; why: string };

/**
 * The certificate's expiry date is not stored, the probe's verdict is: DEGRADED exactly when fewer than
 * the check's `warnDays` are left, UP when at least that many. With `warnDays` at the rule's threshold
 * (the default) that answers the rule; a wider or narrower window, or a DOWN check, cannot.
 */
function judgeTls(c: TlsRow, now: Date): TlsVerdict {
  const parsed = ZTlsCheckConfig.safeParse({ ...(c.config as object), kind: "tls" });
  if (!parsed.success) return { host: c.name, status: "unknown", why: "settings unreadable" };
  const { host: address, port, servername, warnDays } = parsed.data;
  const host = `${servername ?? address}${port === 443 ? "" : `:${port}`}`;
  const window = plural(warnDays, "day");
  switch (c.health) {
    case "UP":
      return warnDays >= TLS_MIN_DAYS_LEFT
        ? { host, status: "pass", why: `at least ${window} left` }
        : {
            host,
            status: "unknown",
            why: `at least ${window} left: its warning window is under ${TLS_MIN_DAYS_LEFT} days`,
          };
    case "DEGRADED": {
      const checked = c.lastCheckedAt ? `, checked ${formatAgo(now.getTime() - c.lastCheckedAt.getTime())}` : "";
      return warnDays <= TLS_MIN_DAYS_LEFT
        ? { host, status: "fail", why: `under ${window} left${checked}` }
        : {
            host,
            status: "unknown",
            why: `under ${window} left: its warning window is over ${TLS_MIN_DAYS_LEFT} days`,
          };
    }
    case "DOWN":
      return { host, status: "unknown", why: "check DOWN: expired, untrusted or unreachable" };
    default:
      return { host, status: "unknown", why: "not checked yet" };
  }
}

/** Non-paused TLS checks by their probe-derived `health`, which a maintenance window does not hide. */
export async function tlsNotExpiring(db: Reader, now: Date): Promise<Evidence> {
  const rows = await db.$queryRaw<TlsRow[]>`
    SELECT c.name, c.config, c.health::text AS health, c."lastCheckedAt",
      s.slug AS "serviceSlug", s.name AS "serviceName"
    FROM "Check" c JOIN "Service" s ON s.id = c."serviceId"
    WHERE c.kind = 'TLS' AND NOT c.paused
    ORDER BY s.name, c.name`;
  if (rows.length === 0) return evidence("tls.not_expiring", now, "unknown", "No TLS checks", []);
  const judged = rows.map((c) => ({ c, v: judgeTls(c, now) }));
  const failing = judged.filter((j) => j.v.status === "fail");
  const unjudged = judged.filter((j) => j.v.status === "unknown");
  const linksOf = (list: typeof judged) => [
    ...new Map(
      list.map(({ c }) => [c.serviceSlug, { label: c.serviceName, href: `/services/${c.serviceSlug}` }]),
    ).values(),
  ];
  const listed = (list: typeof judged) => nameSome(list.map(({ v }) => `${v.host} (${v.why})`));
  if (failing.length)
    return evidence(
      "tls.not_expiring",
      now,
      "fail",
      `${plural(failing.length, "certificate")} expiring: ${listed(failing)}`,
      linksOf(failing),
    );
  if (unjudged.length)
    return evidence(
      "tls.not_expiring",
      now,
      "unknown",
      `${plural(unjudged.length, "certificate")} not judged: ${listed(unjudged)}`,
      linksOf(unjudged),
    );
  return evidence(
    "tls.not_expiring",
    now,
    "pass",
    `${plural(rows.length, "TLS certificate")} with ${TLS_MIN_DAYS_LEFT} days or more left`,
    linksOf(judged),
  );
}
