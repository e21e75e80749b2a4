import { describe, expect, it } from "vitest";
import { signWebhookBody, verifyWebhookSignature } from "./webhook-signature.ts";

const SECRET = "whsec_test";
const BODY = JSON.stringify({ action: "rollback", deploymentId: "dpl_1" });
const NOW = new Date("2024-06-01T12:00:00Z");

describe("webhook signatures", () => {
  it("verifies what was signed, as a string or as the raw bytes", () => {
    const header = signWebhookBody(SECRET, BODY, NOW);
    expect(header).toMatch(/^t=1717243200,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, header, BODY, NOW, 300)).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, Buffer.from(BODY), new Date(NOW.getTime() + 299_000), 300)).toBe(
      true,
    );
  });

  it("fails a tampered body, another secret or a changed timestamp", () => {
    const header = signWebhookBody(SECRET, BODY, NOW);
    expect(verifyWebhookSignature(SECRET, header, BODY.replace("dpl_1", "dpl_2"), NOW, 300)).toBe(false);
    expect(verifyWebhookSignature("whsec_other", header, BODY, NOW, 300)).toBe(false);
    expect(verifyWebhookSignature(SECRET, header.replace("t=1717243200", "t=1717243260"), BODY, NOW, 300)).toBe(false);
  });

  it("fails a timestamp outside the tolerance, in the past or the future", () => {
    const header = signWebhookBody(SECRET, BODY, NOW);
    expect(verifyWebhookSignature(SECRET, header, BODY, new Date(NOW.getTime() + 301_000), 300)).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, BODY, new Date(NOW.getTime() - 301_000), 300)).toBe(false);
  });

  it.each([[null], [""], ["v1=00"], ["t=1717243200"], ["t=1717243200,v1=not-hex"], [`t=abc,v1=${"0".repeat(64)}`]])(
    "fails the malformed header %j",
    (header) => {
      expect(verifyWebhookSignature(SECRET, header, BODY, NOW, 300)).toBe(false);
    },
  );

  it("accepts any matching v1, so secrets can be rotated", () => {
    const header = signWebhookBody(SECRET, BODY, NOW);
    const v1 = header.split("v1=")[1];
    expect(verifyWebhookSignature(SECRET, `t=1717243200,v1=${"0".repeat(64)},v1=${v1}`, BODY, NOW, 300)).toBe(true);
  });
});
