import { describe, expect, it } from "vitest";
import { createDeadline } from "./abort.ts";
import { classifyError, classifyTlsVerifyError, failureResult, ProbeError } from "./errors.ts";

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("classifyError", () => {
  it.each([
    ["ENOTFOUND", "DNS_FAILURE", "DNS lookup failed for x.invalid:80: the name does not resolve (ENOTFOUND)"],
    ["EAI_AGAIN", "DNS_FAILURE", "DNS lookup failed for x.invalid:80: temporary resolver failure (EAI_AGAIN)"],
    ["ECONNREFUSED", "CONNECTION_REFUSED", "Connection refused by x.invalid:80: nothing is listening there"],
    ["ECONNRESET", "CONNECTION_RESET", "Connection reset by x.invalid:80 before a complete response"],
    ["EHOSTUNREACH", "HOST_UNREACHABLE", "x.invalid:80 is unreachable (EHOSTUNREACH)"],
    ["ETIMEDOUT", "TIMEOUT", "Connecting to x.invalid:80 timed out (ETIMEDOUT)"],
    ["CERT_HAS_EXPIRED", "TLS_EXPIRED", "TLS error on x.invalid:80: the certificate has expired"],
    [
      "ERR_SSL_WRONG_VERSION_NUMBER",
      "TLS_HANDSHAKE_FAILED",
      "TLS handshake with x.invalid:80 failed: ERR_SSL_WRONG_VERSION_NUMBER",
    ],
    ["HPE_INVALID_CONSTANT", "PROTOCOL_ERROR", "x.invalid:80 sent an invalid HTTP response: HPE_INVALID_CONSTANT"],
    ["EWHATEVER", "UNKNOWN_ERROR", "Probe of x.invalid:80 failed: EWHATEVER"],
  ])("maps %s to %s", (code, expected, message) => {
    expect(classifyError(withCode(code), "x.invalid:80")).toEqual({ code: expected, message });
  });

  it("keeps a ProbeError's own code and message", () => {
    expect(classifyError(new ProbeError("TOO_MANY_REDIRECTS", "loop"), "t")).toEqual({
      code: "TOO_MANY_REDIRECTS",
      message: "loop",
    });
  });

  it("knows OpenSSL verification codes", () => {
    expect(classifyTlsVerifyError("SELF_SIGNED_CERT_IN_CHAIN")?.code).toBe("TLS_SELF_SIGNED");
    expect(classifyTlsVerifyError("UNABLE_TO_GET_ISSUER_CERT_LOCALLY")?.code).toBe("TLS_UNTRUSTED");
    expect(classifyTlsVerifyError("SOMETHING_ELSE")).toBeUndefined();
  });
});

describe("failureResult", () => {
  it("reports a fired timeout rather than the error it caused", async () => {
    const deadline = createDeadline(50);
    await new Promise((r) => setTimeout(r, 80));
    const result = failureResult(withCode("ECONNRESET"), deadline, performance.now() - 80, "db:5432");
    expect(result).toMatchObject({ status: "DOWN", code: "TIMEOUT", message: "No answer from db:5432 within 50 ms" });
  });

  it("tells a caller's abort apart from the timeout", () => {
    const controller = new AbortController();
    const deadline = createDeadline(10_000, controller.signal);
    controller.abort();
    expect(failureResult(new Error("x"), deadline, performance.now(), "db:5432")).toMatchObject({
      code: "ABORTED",
      message: "Probe of db:5432 was cancelled",
    });
  });
});
