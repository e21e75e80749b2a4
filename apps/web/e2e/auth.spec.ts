import { expect, test } from "@playwright/test";
import { ADMIN, PAGES, signIn } from "./helpers";

test("every page redirects to /login without a session", async ({ page }) => {
  for (const p of PAGES) {
    await page.goto(p);
    await expect(page, `page ${p}`).toHaveURL(/\/login/);
  }
});

test("the API answers 401 JSON without a session or token", async ({ request }) => {
  const res = await request.get("/api/v1/me");
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  const bad = await request.get("/api/v1/me", { headers: { authorization: "Bearer odk_not_a_real_token" } });
  expect(bad.status()).toBe(401);
});

test("health endpoints are public", async ({ request }) => {
  const live = await request.get("/api/healthz");
  expect(live.status()).toBe(200);
  expect(await live.json()).toMatchObject({ status: "ok", version: expect.any(String), uptimeSeconds: expect.any(Number) });
  const ready = await request.get("/api/readyz");
  expect(ready.status()).toBe(200);
  expect((await ready.json()).worker.ok).toBe(true);
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /wrong email or password/i })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("sign in returns to the page asked for, and sign out ends the session", async ({ page }) => {
  await page.goto("/incidents");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fincidents/);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/incidents$/);

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the session works for the JSON API", async ({ page }) => {
  await signIn(page, ADMIN);
  const res = await page.request.get("/api/v1/me");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ email: ADMIN.email, role: "ADMIN" });
});
