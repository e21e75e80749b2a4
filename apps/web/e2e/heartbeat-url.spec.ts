import { expect, test } from "@playwright/test";
import { atEachWidth, cliUser, onNewService, signIn, toast } from "./helpers";

atEachWidth((label, viewport) => {
  test("a responder shows a heartbeat's ping URL again, feeds it, rotates it; a viewer never sees it", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const service = `Backups ${label} ${Date.now().toString(36)}`;
    const add = await onNewService(page, service);
    await add.getByLabel("Kind").selectOption("HEARTBEAT");
    await add.getByLabel("Name").fill("Nightly dump");
    await add.getByLabel("Period (seconds)").fill("3600");
    await add.getByRole("button", { name: "Add check" }).click();
    await expect(toast(page, "Added check Nightly dump")).toBeVisible();

    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Nightly dump" }) });
    await card.getByRole("button", { name: "Show ping URL" }).click();
    const field = card.getByLabel("Heartbeat ping URL");
    await expect(field).toHaveValue(/\/api\/ping\/[A-Za-z0-9_-]{43}$/);
    const first = await field.inputValue();
    expect((await page.request.post(first)).status()).toBe(200);

    await card.getByRole("button", { name: "Copy" }).click();
    await expect(toast(page, /Ping URL copied|Could not copy/)).toBeVisible();

    page.once("dialog", (d) => d.dismiss());
    await card.getByRole("button", { name: "Rotate ping URL" }).click();
    await expect(field).toHaveValue(first);
    page.once("dialog", (d) => d.accept());
    await card.getByRole("button", { name: "Rotate ping URL" }).click();
    await expect(toast(page, "New ping URL")).toBeVisible();
    await expect(field).not.toHaveValue(first);
    const second = await field.inputValue();
    expect((await page.request.post(first)).status()).toBe(404);
    expect((await page.request.get(second)).status()).toBe(200);

    const viewerContext = await browser.newContext({ viewport });
    const viewer = await viewerContext.newPage();
    await signIn(viewer, cliUser("VIEWER"));
    await viewer.goto(page.url());
    await expect(viewer.getByRole("heading", { name: "Nightly dump" })).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Show ping URL" })).toHaveCount(0);
    expect(await viewer.content()).not.toContain(second.split("/").pop());
    await viewerContext.close();
  });
});
