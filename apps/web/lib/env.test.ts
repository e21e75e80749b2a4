import { randomBytes } from "node:crypto";
import { EnvError, parseEnv } from "@opsdeck/core/env";
import { describe, expect, it } from "vitest";
import { servesHttps, ZWebEnv } from "./env.ts";

const valid = {
  DATABASE_URL: "postgresql://opsdeck:opsdeck@127.0.0.1:5432/opsdeck",
  NEXTAUTH_SECRET: "n".repeat(32),
  OPSDECK_SECRET_KEY: randomBytes(32).toString("base64"),
};

/** The EnvError message for `source`, or a failed assertion when it parses. */
function envError(source: Record<string, string | undefined>): string {
  try {
    parseEnv(ZWebEnv, source);
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return (err as EnvError).message;
  }
  throw new Error("expected the environment to be rejected");
}

describe("ZWebEnv", () => {
  it("accepts a minimal environment and fills the defaults", () => {
    const env = parseEnv(ZWebEnv, valid);
    expect(env).toMatchObject({ ...valid, SESSION_MAX_AGE_HOURS: 12, OIDC_NAME: "Single sign-on" });
    expect(env.GITHUB_ID).toBeUndefined();
  });

  it("accepts a hex key, a postgres:// URL and a numeric session age from the environment", () => {
    const env = parseEnv(ZWebEnv, {
      ...valid,
      DATABASE_URL: "postgres://u@db/opsdeck",
      OPSDECK_SECRET_KEY: randomBytes(32).toString("hex"),
      SESSION_MAX_AGE_HOURS: "24",
    });
    expect(env.SESSION_MAX_AGE_HOURS).toBe(24);
  });

  it("accepts complete provider pairs", () => {
    const env = parseEnv(ZWebEnv, {
      ...valid,
      GITHUB_ID: "gh",
      GITHUB_SECRET: "ghs",
      OIDC_ISSUER: "https://id.example.com",
      OIDC_CLIENT_ID: "cid",
      OIDC_CLIENT_SECRET: "cs",
    });
    expect(env.OIDC_ISSUER).toBe("https://id.example.com");
  });

  it("names every variable that is not set", () => {
    const msg = envError({});
    expect(msg).toMatch(/^Opsdeck cannot start: invalid environment/);
    for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "OPSDECK_SECRET_KEY"])
      expect(msg).toContain(`  ${name}: is required but not set`);
  });

  it("rejects a NEXTAUTH_SECRET shorter than 32 characters", () => {
    expect(envError({ ...valid, NEXTAUTH_SECRET: "short" })).toMatch(
      / {2}NEXTAUTH_SECRET: must be at least 32 characters/,
    );
  });

  it("rejects an OPSDECK_SECRET_KEY that is not 32 bytes", () => {
    for (const key of [randomBytes(16).toString("base64"), randomBytes(31).toString("hex"), "not a key"]) {
      const msg = envError({ ...valid, OPSDECK_SECRET_KEY: key });
      expect(msg).toMatch(/ {2}OPSDECK_SECRET_KEY: must be 32 bytes/);
      expect(msg).not.toContain(key);
    }
  });

  it("rejects a DATABASE_URL that is not postgres", () => {
    expect(envError({ ...valid, DATABASE_URL: "mysql://u@db/opsdeck" })).toMatch(
      / {2}DATABASE_URL: must be a postgresql:\/\/ URL/,
    );
  });

  it("rejects a malformed SESSION_MAX_AGE_HOURS", () => {
    expect(envError({ ...valid, SESSION_MAX_AGE_HOURS: "twelve" })).toMatch(/ {2}SESSION_MAX_AGE_HOURS: /);
    expect(envError({ ...valid, SESSION_MAX_AGE_HOURS: "1000" })).toMatch(/ {2}SESSION_MAX_AGE_HOURS: /);
  });

  it("rejects GITHUB_ID without GITHUB_SECRET, naming both", () => {
    expect(envError({ ...valid, GITHUB_ID: "gh" })).toMatch(/ {2}GITHUB_SECRET: must be set together with GITHUB_ID/);
    expect(envError({ ...valid, GITHUB_SECRET: "ghs" })).toMatch(
      / {2}GITHUB_ID: must be set together with GITHUB_SECRET/,
    );
  });

  it("rejects OIDC_ISSUER without OIDC_CLIENT_ID", () => {
    expect(envError({ ...valid, OIDC_ISSUER: "https://id.example.com" })).toMatch(
      / {2}OIDC_CLIENT_ID: must be set together with OIDC_ISSUER/,
    );
  });

  it("rejects an OIDC_ISSUER or NEXTAUTH_URL that is not an http(s) URL", () => {
    const oidc = { OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" };
    expect(envError({ ...valid, ...oidc, OIDC_ISSUER: "id.example.com" })).toMatch(/ {2}OIDC_ISSUER: must be an http/);
    // "localhost:3000" parses as a URL with scheme "localhost:": it must still be refused.
    expect(envError({ ...valid, NEXTAUTH_URL: "localhost:3000" })).toMatch(/ {2}NEXTAUTH_URL: must be an http/);
    expect(parseEnv(ZWebEnv, { ...valid, NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe(
      "http://localhost:3000",
    );
  });

  it("reads STATUS_PAGE_FRAME_ANCESTORS as a list of origins, empty by default", () => {
    expect(parseEnv(ZWebEnv, valid).STATUS_PAGE_FRAME_ANCESTORS).toEqual([]);
    expect(
      parseEnv(ZWebEnv, { ...valid, STATUS_PAGE_FRAME_ANCESTORS: " https://intranet.example.com, https://*.example.org  http://127.0.0.1:8080 " })
        .STATUS_PAGE_FRAME_ANCESTORS,
    ).toEqual(["https://intranet.example.com", "https://*.example.org", "http://127.0.0.1:8080"]);
  });

  it("rejects a STATUS_PAGE_FRAME_ANCESTORS entry that is not an origin, so nothing else reaches the CSP", () => {
    for (const bad of ["*", "example.com", "https://example.com/path", "https://a.example; script-src *", "'self'", "javascript:x"]) {
      expect(envError({ ...valid, STATUS_PAGE_FRAME_ANCESTORS: bad }), bad).toMatch(/ {2}STATUS_PAGE_FRAME_ANCESTORS: must be origins/);
    }
  });

  it("serves over HTTPS only when NEXTAUTH_URL is https://", () => {
    expect(servesHttps(parseEnv(ZWebEnv, valid))).toBe(false);
    expect(servesHttps(parseEnv(ZWebEnv, { ...valid, NEXTAUTH_URL: "http://127.0.0.1:3000" }))).toBe(false);
    expect(servesHttps(parseEnv(ZWebEnv, { ...valid, NEXTAUTH_URL: "https://ops.example.com" }))).toBe(true);
  });
});
