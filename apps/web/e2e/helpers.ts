import { execFileSync } from "node:child_process";
import path from "node:path";
import {
  type APIRequestContext,
  expect,
  type Page,
  type PlaywrightWorkerArgs,
  test,
  type ViewportSize,
} from "@playwright/test";
import { E2E_DATA_DIR, E2E_PG_PORT } from "../playwright.config";

export const ADMIN = { email: "admin@example.test", password: "correct horse battery", name: "Ada Admin" };
export const VIEWER = { email: "viewer@example.test", password: "viewer password 123" };

export const PAGES = [
  "/",
  "/services",
  "/incidents",
  "/incidents/reports",
  "/postmortems",
  "/actions",
  "/checklists",
  "/alerts",
  "/schedules",
  "/stripe",
  "/settings",
  "/settings/users",
  "/settings/audit",
  "/settings/severity-policy",
];

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect(page.getByTestId("current-user").first()).toBeAttached();
}

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return rest;
}

const repoRoot = path.resolve(import.meta.dirname, "../../..");

/** The operator CLI against the e2e database (the one `npm start` runs for these tests). */
export function opsdeckCli(args: string[], stdin = ""): string {
  return execFileSync(
    path.join(repoRoot, "node_modules/.bin/tsx"),
    [path.join(repoRoot, "scripts/db.ts"), "cli", ...args],
    {
      input: stdin,
      env: { ...withoutDatabaseUrl(), OPSDECK_DATA_DIR: E2E_DATA_DIR, OPSDECK_PG_PORT: String(E2E_PG_PORT) },
      encoding: "utf8",
    },
  );
}

/** Console errors, uncaught exceptions and Content-Security-Policy violations on `page` from now on. */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return problems;
}

const VIEWPORTS = [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const;

/** Declare a journey's tests once for a desktop and once for a 390 px phone. */
export function atEachWidth(declare: (label: string, viewport: ViewportSize) => void) {
  for (const [label, viewport] of VIEWPORTS) {
    test.describe(`on ${label}`, () => {
      test.use({ viewport });
      declare(label, viewport);
    });
  }
}

/** Signed in as the admin, on a new service's page; returns its Add check form. */
export async function onNewService(page: Page, name: string) {
  await signIn(page, ADMIN);
  await addService(page, name);
  return page.getByRole("form", { name: "Add check" });
}

/** A service of the journey's own (demo services are shared by other journeys), opened on its page. */
export async function addService(page: Page, name: string) {
  await page.goto("/services");
  await page.locator("summary", { hasText: "Add service" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add service" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** The toast that reports a change's outcome. */
export const toast = (page: Page, text: string | RegExp) =>
  page.locator("[data-sonner-toast]").filter({ hasText: text });

/** A user of the given role, added with the operator CLI; unique per call. */
export function cliUser(role: "VIEWER" | "RESPONDER" | "ADMIN", password = "a long e2e password") {
  const email = `${role.toLowerCase()}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
  opsdeckCli(["user", "create", "--email", email, "--role", role], `${password}\n`);
  return { email, password };
}

/** An audit entry's action as shown: a table cell on a desktop, a card's line on a phone. */
export const auditAction = (page: Page, action: string) =>
  page.getByText(action, { exact: true }).locator("visible=true").first();

/** A new API token of the user, from the operator CLI. */
export function tokenOf(email: string, label: string): string {
  const out = opsdeckCli(["token", "create", "--email", email, "--name", `${label}-${Date.now().toString(36)}`]);
  const token = out.match(/odk_[A-Za-z0-9]+/)?.[0];
  expect(token, out).toBeTruthy();
  return token as string;
}

/** API clients with tokens of the first admin, a new responder and a new viewer. */
export async function apiCallersByRole(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string | undefined,
  label: string,
): Promise<[admin: APIRequestContext, responder: APIRequestContext, viewer: APIRequestContext]> {
  const caller = (email: string) =>
    playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${tokenOf(email, label)}` } });
  const [admin, responder, viewer] = await Promise.all(
    [ADMIN.email, cliUser("RESPONDER").email, cliUser("VIEWER").email].map(caller),
  );
  return [admin as APIRequestContext, responder as APIRequestContext, viewer as APIRequestContext];
}
