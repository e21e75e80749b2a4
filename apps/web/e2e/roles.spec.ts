import { expect, test } from "@playwright/test";
import { ADMIN, opsdeckCli, signIn, VIEWER } from "./helpers";

test("an admin adds a viewer, who is refused admin pages", async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await page.goto("/settings/users");
  await page.getByLabel("Email", { exact: true }).fill(VIEWER.email);
  await page.getByLabel("Initial password").fill(VIEWER.password);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("row").filter({ hasText: VIEWER.email })).toBeVisible();

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, VIEWER);
  const res = await viewer.goto("/settings/users");
  expect(res?.status()).toBe(403);
  await expect(viewer.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  const audit = await viewer.goto("/settings/audit");
  expect(audit?.status()).toBe(403);
  await viewerContext.close();

  await page.goto("/settings/audit");
  await expect(page.getByRole("cell", { name: "user.create" }).first()).toBeVisible();
});

test("an API token from the CLI works as a Bearer token with its owner's role", async ({ request }) => {
  const out = opsdeckCli(["token", "create", "--email", VIEWER.email, "--name", "e2e"]);
  const token = out.match(/odk_[A-Za-z0-9]+/)?.[0];
  expect(token, out).toBeTruthy();
  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: VIEWER.email, role: "VIEWER" });
  const spec = await request.get("/api/v1/openapi.json", { headers: { authorization: `Bearer ${token}` } });
  expect(spec.status()).toBe(200);
  expect((await spec.json()).paths["/api/v1/me"].get).toBeTruthy();
});
