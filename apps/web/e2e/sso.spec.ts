import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { E2E_PORT, OIDC_PORT } from "../playwright.config";
import { ADMIN, signIn } from "./helpers";

// Generic OIDC sign-in against the test provider (e2e/oidc), switched on by OIDC_* in playwright.config.ts.
const SSO_BUTTON = "Continue with Test SSO";
const APP_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const OIDC_ORIGIN = `http://127.0.0.1:${OIDC_PORT}`;
const RESPONDER = { email: "sso-responder@example.test", typed: "SSO-Responder@Example.test", password: "sso responder password" };
const NOT_INVITED = "That account has no Opsdeck user";

test.describe.configure({ mode: "serial" });

/** Start SSO on the login page and sign in at the provider as `email`. */
async function ssoSignIn(page: Page, email: string, { emailVerified = true } = {}) {
  await page.goto("/login");
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await expect(page).toHaveURL((url) => url.origin === OIDC_ORIGIN && url.pathname === "/authorize");
  await expect(page.getByRole("heading", { name: "Sign in as" })).toBeVisible();
  const query = new URL(page.url()).searchParams;
  expect(query.get("code_challenge_method")).toBe("S256");
  expect(query.get("state")).toBeTruthy();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Email verified").setChecked(emailVerified);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function expectNoSession(page: Page) {
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
}

async function usersPage(admin: Page) {
  await admin.goto("/settings/users");
  await expect(admin.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
}

let responderSession: Awaited<ReturnType<BrowserContext["storageState"]>>;

test("the login page offers the configured SSO provider", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: SSO_BUTTON })).toBeVisible();
});

test("SSO for an email without an Opsdeck user is refused", async ({ page }) => {
  await ssoSignIn(page, "stranger@example.test");
  await expect(page).toHaveURL(/\/login\?error=NotInvited$/);
  await expect(page.getByRole("alert").filter({ hasText: NOT_INVITED })).toBeVisible();
  await expectNoSession(page);
});

test("SSO with an email the provider has not verified is refused, even an admin's", async ({ page }) => {
  await ssoSignIn(page, ADMIN.email, { emailVerified: false });
  await expect(page).toHaveURL(/\/login\?error=NoEmail$/);
  await expect(page.getByRole("alert").filter({ hasText: "did not share an email" })).toBeVisible();
  await expectNoSession(page);
});

test("a user an admin added signs in with SSO, matched by email in any letter case", async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await usersPage(page);
  await page.getByLabel("Email", { exact: true }).fill(RESPONDER.email);
  await page.getByLabel("Initial password", { exact: true }).fill(RESPONDER.password);
  await page.getByLabel("Role", { exact: true }).selectOption("RESPONDER");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("row").filter({ hasText: RESPONDER.email })).toBeVisible();

  const context = await browser.newContext();
  const sso = await context.newPage();
  await ssoSignIn(sso, RESPONDER.typed);
  await expect(sso).toHaveURL((url) => url.origin === APP_ORIGIN && url.pathname === "/");
  await expect(sso.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  const currentUser = sso.getByTestId("current-user").first();
  await expect(currentUser).toHaveText(RESPONDER.email);
  await expect(currentUser.locator("..")).toContainText(/responder$/);
  const me = await sso.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: RESPONDER.email, role: "RESPONDER" });
  responderSession = await context.storageState();
  await context.close();

  await usersPage(page);
  await expect(page.getByRole("row").filter({ hasText: RESPONDER.email })).not.toContainText("never");
  await page.goto(`/settings/audit?${new URLSearchParams({ action: "auth.sign_in", actor: RESPONDER.email })}`);
  await expect(page.getByRole("cell", { name: "auth.sign_in", exact: true })).toHaveCount(1);
});

test("disabling the user ends the SSO session and refuses the next SSO sign-in", async ({ page, browser }) => {
  const context = await browser.newContext({ storageState: responderSession });
  const sso = await context.newPage();
  await sso.goto("/");
  await expect(sso.getByTestId("current-user").first()).toHaveText(RESPONDER.email);

  await signIn(page, ADMIN);
  await usersPage(page);
  const row = page.getByRole("row").filter({ hasText: RESPONDER.email });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByRole("button", { name: "Enable" })).toBeVisible();

  // The cookie still passes the proxy (it would add ?callbackUrl); the page's own user check sends it to /login.
  await sso.goto("/incidents");
  await expect(sso).toHaveURL(/\/login$/);
  expect((await sso.request.get("/api/v1/me")).status()).toBe(401);

  await ssoSignIn(sso, RESPONDER.email);
  await expect(sso).toHaveURL(/\/login\?error=NotInvited$/);
  await expect(sso.getByRole("alert").filter({ hasText: NOT_INVITED })).toBeVisible();
  await expectNoSession(sso);
  await context.close();
});
