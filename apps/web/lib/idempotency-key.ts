/**
 * A fresh idempotency key: the same key sent twice (a double click) makes one run. randomUUID needs
 * a secure context, which a dashboard on a plain-HTTP intranet address is not.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
