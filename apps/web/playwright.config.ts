import { defineConfig } from "@playwright/test";

// Below Linux's ephemeral port range (32768+), so no outgoing connection can be holding them.
// OPSDECK_E2E_PORT moves all of them (and OPSDECK_E2E_DATA_DIR the data), so two checkouts can run their
// journeys side by side.
export const E2E_PORT = Number(process.env.OPSDECK_E2E_PORT ?? 31300);
const baseURL = `http://127.0.0.1:${E2E_PORT}`;
export const OIDC_PORT = E2E_PORT + 10;
export const E2E_PG_PORT = E2E_PORT + 134;
export const E2E_DATA_DIR = process.env.OPSDECK_E2E_DATA_DIR ?? ".data/e2e";
const oidcIssuer = `http://127.0.0.1:${OIDC_PORT}`;
const oidcClient = { OIDC_CLIENT_ID: "opsdeck-e2e", OIDC_CLIENT_SECRET: "opsdeck-e2e-client-secret" };

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "../../.data/e2e-results.json" }]],
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /setup\.spec\.ts/ },
    { name: "app", testIgnore: /setup\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: [
    // The test OpenID Connect provider that OIDC_ISSUER below points the app at.
    {
      command: `node --import tsx e2e/oidc/server.ts ${OIDC_PORT}`,
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { ...oidcClient, OIDC_REDIRECT_URI: `${baseURL}/api/auth/callback/oidc` },
    },
    {
      command: "node --import tsx ../../scripts/start.ts",
      url: `${baseURL}/api/readyz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      env: {
        PORT: String(E2E_PORT),
        HOST: "127.0.0.1",
        OPSDECK_DATA_DIR: E2E_DATA_DIR,
        OPSDECK_PG_PORT: String(E2E_PG_PORT),
        OPSDECK_SKIP_BUILD: "1",
        WORKER_HEARTBEAT_SECONDS: "2",
        WORKER_ALERT_SECONDS: "1",
        WORKER_STRIPE_METRICS_SECONDS: "5",
        WORKER_APP_METRICS_SECONDS: "5",
        NEXTAUTH_URL: baseURL,
        OIDC_ISSUER: oidcIssuer,
        ...oidcClient,
        OIDC_NAME: "Test SSO",
      },
    },
  ],
});
