import { describe, expect, it } from "vitest";
import { decrypt, encrypt, generateKey, parseKey } from "./crypto.ts";

describe("secret encryption", () => {
  const key = parseKey(generateKey());

  it("round-trips and never leaves the plaintext in the sealed text", () => {
    const sealed = encrypt("sk_live_abc123", key, "stripe");
    expect(sealed).not.toContain("sk_live_abc123");
    expect(decrypt(sealed, key, "stripe")).toBe("sk_live_abc123");
  });

  it("uses a fresh IV each time", () => {
    expect(encrypt("same", key)).not.toBe(encrypt("same", key));
  });

  it("refuses a tampered ciphertext, a wrong key and a wrong context", () => {
    const sealed = encrypt("value", key, "a");
    const parts = sealed.split(".");
    parts[3] = Buffer.from("other").toString("base64url");
    expect(() => decrypt(parts.join("."), key, "a")).toThrow();
    expect(() => decrypt(sealed, parseKey(generateKey()), "a")).toThrow();
    expect(() => decrypt(sealed, key, "b")).toThrow();
  });

  it("accepts hex keys and rejects short ones", () => {
    expect(parseKey("ab".repeat(32))).toHaveLength(32);
    expect(() => parseKey("c2hvcnQ=")).toThrow(/32 bytes/);
  });
});
