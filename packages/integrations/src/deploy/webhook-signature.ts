import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Every request to a deploy webhook carries
 *
 *   X-Opsdeck-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 *
 * (the body is empty for GET). Receivers recompute v1 over the raw bytes they received, compare
 * in constant time and refuse a `t` too far from their clock, which stops replays of old requests.
 */
export const SIGNATURE_HEADER = "X-Opsdeck-Signature";

/** The default window for `t`, either side of the receiver's clock. */
export const SIGNATURE_TOLERANCE_SEC = 300;

export function signWebhookBody(secret: string, body: string | Uint8Array, now: Date = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${hmacHex(secret, t, body)}`;
}

/**
 * True when `header` (the X-Opsdeck-Signature value) was made with `secret` over exactly `body`
 * within `toleranceSec` of `now`. Several v1 entries are allowed, so a sender can sign with an
 * old and a new secret while they are rotated.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  body: string | Uint8Array,
  now: Date = new Date(),
  toleranceSec: number = SIGNATURE_TOLERANCE_SEC,
): boolean {
  if (!header || !secret) return false;
  let t: number | null = null;
  const candidates: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value && /^\d{1,12}$/.test(value)) t = Number(value);
    if (key === "v1" && value && /^[0-9a-f]{64}$/i.test(value)) candidates.push(value.toLowerCase());
  }
  if (t === null || candidates.length === 0) return false;
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSec) return false;
  const expected = Buffer.from(hmacHex(secret, t, body), "hex");
  let matched = false;
  // Compare against every candidate, so the time taken says nothing about which one matched.
  for (const candidate of candidates) {
    if (timingSafeEqual(expected, Buffer.from(candidate, "hex"))) matched = true;
  }
  return matched;
}

function hmacHex(secret: string, t: number, body: string | Uint8Array): string {
  return createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex");
}
