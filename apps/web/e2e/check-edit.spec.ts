import { expect, test } from "@playwright/test";
import { atEachWidth, auditAction, onNewService, toast } from "./helpers";

atEachWidth((label, viewport) => {
  test("a check is added and edited with the same form; a bad status code is named beside its field", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const service = `Checkout ${label} ${Date.now().toString(36)}`;
    const add = await onNewService(page, service);
    await add.getByLabel("Name").fill("Checkout health");
    await add.getByLabel("URL").fill("http://127.0.0.1:9/healthz");
    for (const bad of ["abc", "999", "200-"]) {
      await add.getByLabel("Expected status").fill(bad);
      await add.getByRole("button", { name: "Add check" }).click();
      // The service reports config.expectedStatus.0; the error must sit under the field itself.
      const field = add.getByLabel("Expected status").locator("xpath=..");
      await expect(field.getByRole("alert")).toBeVisible();
      await expect(toast(page, "Some fields need attention").first()).toBeVisible();
    }
    await add.getByLabel("Expected status").fill("200-299");
    await add.getByRole("button", { name: "Add check" }).click();
    await expect(toast(page, "Added check Checkout health")).toBeVisible();

    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Checkout health" }) });
    await card.getByRole("button", { name: "Edit" }).click();
    const edit = page.getByRole("form", { name: "Edit Checkout health" });
    await expect(edit.getByLabel("Name")).toHaveValue("Checkout health");
    await expect(edit.getByLabel("URL")).toHaveValue("http://127.0.0.1:9/healthz");
    await expect(edit.getByLabel("Expected status")).toHaveValue("200-299");
    await expect(edit.getByLabel("Interval (seconds)")).toHaveValue("60");

    await edit.getByLabel("Kind").selectOption("TCP");
    await expect(edit.getByRole("alert").filter({ hasText: "restarts this check's history" })).toBeVisible();
    await edit.getByLabel("Kind").selectOption("HTTP");
    await expect(edit.getByRole("alert").filter({ hasText: "restarts" })).toHaveCount(0);
    await expect(edit.getByLabel("URL")).toHaveValue("http://127.0.0.1:9/healthz");

    await edit.getByLabel("Name").fill("Checkout health v2");
    await edit.getByLabel("Interval (seconds)").fill("120");
    await edit.getByLabel("Expected status").fill("200, 204");
    await edit.getByRole("button", { name: "Save check" }).click();
    await expect(toast(page, "Saved Checkout health v2")).toBeVisible();
    const saved = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Checkout health v2" }) });
    await expect(saved).toContainText("every 120 s");

    await page.goto("/settings/audit");
    await expect(auditAction(page, "check.update")).toBeVisible();
  });
});
