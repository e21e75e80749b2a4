import { startWebhookReceiver } from "@opsdeck/integrations/testing/index";
import { expect, test } from "@playwright/test";
import { apiCallersByRole, cliUser, signIn, toast, watchProblems } from "./helpers";

test("a responder adds a webhook contact method, is refused a bad one, and a test page arrives signed", async ({
  page,
}) => {
  const problems = await watchProblems(page);
  const me = cliUser("RESPONDER");
  await signIn(page, me);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Contact methods" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contact methods" })).toBeVisible();
  await expect(page.getByText("You have none yet")).toBeVisible();

  const form = page.getByRole("form", { name: "Add a contact method" });
  await form.getByLabel("Kind").selectOption("SLACK");
  await form.getByLabel("Address").fill("@ana");
  await form.getByRole("button", { name: "Add contact method" }).click();
  await expect(form.getByText(/Enter a Slack member id/)).toBeVisible();
  await expect(form.getByLabel("Address")).toHaveValue("@ana");

  // The receiver knows the secret only once the method exists: start it where the method points.
  const probe = await startWebhookReceiver({ secret: "unknown yet" });
  const url = probe.url;
  await probe.close();
  await form.getByLabel("Kind").selectOption("WEBHOOK");
  await form.getByLabel("Address").fill(url);
  await form.getByRole("button", { name: "Add contact method" }).click();
  await expect(toast(page, "Contact method added")).toBeVisible();
  const card = page.getByRole("listitem", { name: `Webhook ${url}` });
  await expect(card).toContainText("Not tested yet");

  await card.getByText("Signing secret").click();
  const secret = (await card.locator("code").last().textContent()) ?? "";
  expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
  const hook = await startWebhookReceiver({ secret, port: Number(new URL(url).port) });
  try {
    await card.getByRole("button", { name: /Send test/ }).click();
    await expect(card.getByRole("status")).toHaveText("Delivered");
    expect(hook.messages).toHaveLength(1);
    expect(hook.messages[0]?.body).toMatchObject({ type: "page.test", to: me.email });
    await page.reload();
    await expect(page.getByRole("listitem", { name: `Webhook ${url}` })).toContainText(/Last test .*: delivered/);
  } finally {
    await hook.close();
  }
  // With the receiver gone the next test says why, and nothing pretends it was sent.
  await page
    .getByRole("listitem", { name: `Webhook ${url}` })
    .getByRole("button", { name: /Send test/ })
    .click();
  await expect(page.getByRole("listitem", { name: `Webhook ${url}` }).getByRole("status")).toContainText(
    "Not delivered",
  );
  expect(problems).toEqual([]);
});

test("the API reads anyone's contact methods, and changes them only for the person or an admin", async ({
  playwright,
  baseURL,
}) => {
  const [admin, responder, viewer] = await apiCallersByRole(playwright, baseURL, "contact");
  try {
    const who = await (await responder.get("/api/v1/me")).json();
    const path = `/api/v1/users/${encodeURIComponent(who.email)}/contact-methods`;
    const put = await responder.put(path, {
      data: [
        { kind: "EMAIL", address: who.email },
        { kind: "SLACK", address: "U012AB3CD" },
      ],
    });
    expect(put.status(), await put.text()).toBe(200);
    const { methods } = await put.json();
    expect(methods.map((m: { kind: string }) => m.kind)).toEqual(["EMAIL", "SLACK"]);

    const bad = await responder.put(path, { data: [{ kind: "WEBHOOK", address: "ftp://x" }] });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fieldErrors).toHaveProperty(["0.address"]);
    expect((await viewer.get(path)).status()).toBe(200);
    expect((await viewer.put(path, { data: [] })).status()).toBe(403);
    expect((await admin.put(path, { data: [] })).status()).toBe(200);
    expect((await (await viewer.get(path)).json()).methods).toEqual([]);
    expect((await viewer.get("/api/v1/users/nobody%40example.test/contact-methods")).status()).toBe(404);
  } finally {
    await Promise.all([admin, responder, viewer].map((c) => c.dispose()));
  }
});
