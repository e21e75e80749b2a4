import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { env } from "./lib/env.ts";

export default function config(phase: string): NextConfig {
  // Builds run without secrets; every server start validates the environment before serving.
  if (phase !== PHASE_PRODUCTION_BUILD) {
    try {
      env();
    } catch (err) {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    }
  }
  return {
    transpilePackages: ["@opsdeck/core", "@opsdeck/db", "@opsdeck/integrations", "@opsdeck/probes"],
    // It reads its VTIMEZONE files beside its own code (__dirname), which a bundle would not keep.
    serverExternalPackages: ["@touch4it/ical-timezones"],
    poweredByHeader: false,
    typedRoutes: false,
    experimental: { authInterrupts: true },
    // Static files skip the proxy (which sets every other security header): they still must not be sniffed.
    headers: async () => [{ source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }],
  };
}
