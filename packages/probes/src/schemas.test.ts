import { describe, expect, it } from "vitest";
import { parseCheckConfig, ZCheckConfig, ZHttpCheckConfig } from "./schemas.ts";

function errorsOf(input: unknown) {
  const result = parseCheckConfig(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.fieldErrors;
}

describe("ZCheckConfig", () => {
  it("fills defaults for a minimal http check", () => {
    expect(ZCheckConfig.parse({ kind: "http", url: "https://example.com/health" })).toEqual({
      kind: "http",
      url: "https://example.com/health",
      method: "GET",
      headers: {},
      expectedStatus: ["200-299"],
      followRedirects: true,
      verifyTls: true,
      timeoutMs: 10_000,
    });
  });

  it("accepts every kind with its defaults", () => {
    const kinds = [
      { kind: "tcp", host: "db.internal", port: 5432 },
      { kind: "dns", hostname: "example.com", servers: ["1.1.1.1", "[2606:4700::1111]:53"] },
      { kind: "tls", host: "example.com" },
      { kind: "postgres", connectionSecret: "DB_URL" },
      { kind: "stripe", apiKeySecret: "STRIPE_KEY" },
      { kind: "heartbeat", periodSeconds: 300 },
    ];
    for (const input of kinds) expect(parseCheckConfig(input).success, JSON.stringify(input)).toBe(true);
    expect(ZCheckConfig.parse(kinds[2])).toMatchObject({ port: 443, warnDays: 14, allowSelfSigned: false });
    expect(ZCheckConfig.parse(kinds[3])).toMatchObject({ degradedAbovePercent: 80 });
    expect(ZCheckConfig.parse(kinds[5])).toMatchObject({ graceSeconds: 60 });
  });

  it("names an unknown or missing kind", () => {
    const expected = "expected one of http, tcp, dns, tls, postgres, stripe, heartbeat";
    expect(errorsOf({ kind: "ftp" })).toEqual({ kind: [`Unknown check kind "ftp"; ${expected}`] });
    expect(errorsOf({ url: "https://x" })).toEqual({ kind: [`Check kind is required; ${expected}`] });
  });

  it("explains invalid URLs", () => {
    expect(errorsOf({ kind: "http", url: "example.com" })).toEqual({
      url: ['Invalid URL: "example.com" is not an absolute URL'],
    });
    expect(errorsOf({ kind: "http", url: "ftp://example.com" })).toEqual({
      url: ["Invalid URL: it must start with http:// or https://"],
    });
    expect(errorsOf({ kind: "postgres", url: "mysql://db/x" })).toEqual({
      url: ["Invalid URL: it must start with postgres:// or postgresql://"],
    });
    expect(errorsOf({ kind: "stripe", apiKeySecret: "K", baseUrl: "nope" })).toEqual({
      baseUrl: ['Invalid URL: "nope" is not an absolute URL'],
    });
    expect(errorsOf({ kind: "stripe", apiKeySecret: "K", baseUrl: "https://proxy.example/stripe" })).toEqual({
      baseUrl: ["Base URL must be only scheme://host[:port]: the Stripe client adds the API paths"],
    });
  });

  it("validates expected status codes and ranges within 100..599", () => {
    expect(
      errorsOf({ kind: "http", url: "https://x", expectedStatus: [99, "200-600", "300-200", "abc", 200, "2xx"] }),
    ).toEqual({
      "expectedStatus.0": ['Status codes must be between 100 and 599, got "99"'],
      "expectedStatus.1": ['Status codes must be between 100 and 599, got "200-600"'],
      "expectedStatus.2": ['Range "300-200" starts after it ends'],
      "expectedStatus.3": ['"abc" is not a status code or range (use 200, "200-299" or "2xx")'],
    });
    expect(errorsOf({ kind: "http", url: "https://x", expectedStatus: [] })).toEqual({
      expectedStatus: ["List at least one expected status code or range"],
    });
  });

  it("rejects a regex that does not compile, and bad flags", () => {
    expect(errorsOf({ kind: "http", url: "https://x", bodyRegex: "([a-z]" })).toEqual({
      bodyRegex: ["Regex does not compile: Invalid regular expression: /([a-z]/: Unterminated group"],
    });
    expect(errorsOf({ kind: "http", url: "https://x", bodyRegex: "a", bodyRegexFlags: "gg" })).toEqual({
      bodyRegexFlags: ["Regex flags may only be i, m, s and u, each at most once"],
    });
    expect(
      ZHttpCheckConfig.safeParse({ kind: "http", url: "https://x", bodyRegex: "\\p{L}", bodyRegexFlags: "u" }).success,
    ).toBe(true);
  });

  it("rejects a malformed JSON path", () => {
    expect(errorsOf({ kind: "http", url: "https://x", jsonPath: { path: "$.data[", equals: 1 } })).toEqual({
      "jsonPath.path": ['Malformed JSON path: Unclosed "[" at position 6'],
    });
    expect(errorsOf({ kind: "http", url: "https://x", jsonPath: { path: "data.status", equals: "ok" } })).toEqual({
      "jsonPath.path": ['Malformed JSON path: A JSON path must start with "$"'],
    });
  });

  it("rejects body assertions on HEAD, bad headers and unknown fields", () => {
    expect(errorsOf({ kind: "http", url: "https://x", method: "HEAD", bodyContains: "ok" })).toEqual({
      bodyContains: ["HEAD responses have no body: use GET to check it"],
    });
    expect(
      errorsOf({ kind: "http", url: "https://x", headers: { "Bad Header": "x", "X-Ok": "a\r\nInjected: 1" } }),
    ).toEqual({
      "headers.Bad Header": ['Header name "Bad Header" may only contain letters, digits and !#$%&\'*+.^_`|~-'],
      "headers.X-Ok": ['Header "X-Ok" may not contain line breaks'],
    });
    expect(errorsOf({ kind: "http", url: "https://x", expectStatus: [200] })).toEqual({
      _form: ['Unrecognized key: "expectStatus"'],
    });
  });

  it("validates hosts, ports, DNS servers, TLS and postgres options", () => {
    expect(errorsOf({ kind: "tcp", host: "https://db", port: 70_000 })).toEqual({
      host: ["Enter a host name or IP address without scheme, port or path (e.g. db.example.com)"],
      port: ["Port must be between 1 and 65535"],
    });
    expect(errorsOf({ kind: "dns", hostname: "-bad-.example", recordType: "SRV", servers: ["8.8.8.8:99999"] })).toEqual(
      {
        hostname: ["Enter a valid DNS name (e.g. example.com)"],
        recordType: ["Record type must be one of A, AAAA, CNAME, MX, TXT, NS"],
        "servers.0": ["DNS servers must be IP addresses, optionally with :port"],
      },
    );
    expect(errorsOf({ kind: "tls", host: "x.example", warnDays: -1, caPem: "not a cert" })).toEqual({
      warnDays: ["Warning window must be 0 days or more"],
      caPem: ["Not a valid PEM certificate (expected -----BEGIN CERTIFICATE-----)"],
    });
    expect(errorsOf({ kind: "postgres" })).toEqual({
      url: ["Give a connection URL or the name of a secret holding it"],
    });
    expect(errorsOf({ kind: "postgres", url: "postgres://db/x", connectionSecret: "S" })).toEqual({
      url: ["Give either a connection URL or a secret name, not both"],
    });
    expect(errorsOf({ kind: "tcp", host: "db", port: 1, timeoutMs: 10 })).toEqual({
      timeoutMs: ["Timeout must be at least 50 ms"],
    });
  });
});
