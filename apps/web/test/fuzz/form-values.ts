import fc from "fast-check";
import { hostileString } from "./hostile.ts";

/** A plausible value for a form field of this name, so submissions also get past validation. */
function plausible(name: string): fc.Arbitrary<string> {
  const field = name.replace(/^config\./, "");
  if (field === "kind") return fc.constantFrom("HTTP", "TCP", "DNS", "TLS", "HEARTBEAT", "POSTGRES", "STRIPE", "http");
  if (field === "role") return fc.constantFrom("VIEWER", "RESPONDER", "ADMIN");
  if (field === "timeZone") return fc.constantFrom("", "UTC", "Europe/Berlin", "Mars/Base");
  if (field === "tier") return fc.constantFrom("TIER_1", "TIER_2", "TIER_3");
  if (/^(paused|disabled)$/.test(field)) return fc.constantFrom("true", "false");
  if (field === "email") return fc.emailAddress();
  if (/password/i.test(field)) return fc.string({ minLength: 12, maxLength: 40 });
  if (/^(url|runbookUrl)$/.test(field)) return fc.constantFrom("http://127.0.0.1:9/", "https://127.0.0.1:9/x");
  if (/^(host|hostname)$/.test(field)) return fc.constant("127.0.0.1");
  if (/At$/.test(field))
    return fc.integer({ min: -3600, max: 30 * 86400 }).map((s) => new Date(Date.now() + s * 1000).toISOString());
  if (/(Seconds|Ms|Days|After|port)$/i.test(field)) return fc.integer({ min: -5, max: 100_000 }).map(String);
  if (field === "expectedStatus") return fc.constantFrom("200", "200-299", "abc", "999", "200-");
  if (field === "serviceId") return fc.nat().map((n) => `@service:${n}`);
  if (field === "checkId" || field === "id") return fc.nat().map((n) => `@check:${n}`);
  if (/^(userId|commanderId|commsLeadId|ownerId)$/.test(field)) return fc.nat().map((n) => `@user:${n}`);
  if (field === "number") return fc.nat().map((n) => `@incident:${n}`);
  if (field === "services" || field === "serviceSlug") return fc.nat().map((n) => `@slug:${n}`);
  if (field === "autoIncidentSeverity") return fc.constantFrom("", "P1", "P2", "P9");
  if (field === "severity") return fc.constantFrom("P0", "P1", "P2", "P3", "P9");
  if (field === "status") return fc.constantFrom("INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED");
  if (field === "tokenId") return fc.nat().map((n) => `@token:${n}`);
  return fc.string({ minLength: 1, maxLength: 30 });
}

/** Values for a form's fields: mostly plausible, sometimes hostile or missing; now and then a stray field. */
export function formValues(fields: string[]): fc.Arbitrary<[string, string][]> {
  const each = fields.map((f) =>
    fc
      .oneof(
        { weight: 10, arbitrary: plausible(f) },
        { weight: 1, arbitrary: hostileString },
        { weight: 1, arbitrary: fc.constant(null) },
      )
      .map((v) => (v === null ? null : ([f, v] as [string, string]))),
  );
  // Stray names are plain: a name Next's multipart parser cannot read is refused before any action runs.
  const stray = fc.option(fc.tuple(fc.stringMatching(/^[a-z][\w.]{0,20}$/), hostileString), { freq: 8 });
  return fc
    .tuple(fc.tuple(...each), stray)
    .map(([pairs, extra]) => [...pairs.filter((p): p is [string, string] => p !== null), ...(extra ? [extra] : [])]);
}
