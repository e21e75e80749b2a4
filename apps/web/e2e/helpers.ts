import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { E2E_PG_PORT } from "../playwright.config";

export const ADMIN = { email: "admin@example.test", password: "correct horse battery", name: "Ada Admin" };
export const VIEWER = { email: "viewer@example.test", password: "viewer password 123" };

export const PAGES = ["/", "/services", "/incidents", "/postmortems", "/actions", "/checklists", "/settings", "/settings/users", "/settings/audit"];

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
  return execFileSync(path.join(repoRoot, "node_modules/.bin/tsx"), [path.join(repoRoot, "scripts/db.ts"), "cli", ...args], {
    input: stdin,
    env: { ...withoutDatabaseUrl(), OPSDECK_DATA_DIR: ".data/e2e", OPSDECK_PG_PORT: String(E2E_PG_PORT) },
    encoding: "utf8",
  });
}

/** Console errors, uncaught exceptions and Content-Security-Policy violations on `page` from now on. */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  return problems;
}
