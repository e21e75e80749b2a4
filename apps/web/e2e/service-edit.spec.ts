import { expect, test } from "@playwright/test";
import { ADMIN, addService, signIn, toast, atEachWidth } from "./helpers";

atEachWidth((label, viewport) => {
  test("a responder edits a service in place, then deletes it after typing its name", async ({ page }) => {
    test.setTimeout(120_000);
    const name = `Ledger ${label} ${Date.now().toString(36)}`;
    await signIn(page, ADMIN);
    await addService(page, name);

    await page.locator("summary", { hasText: "Edit service" }).click();
    const form = page.getByRole("form", { name: "Edit service" });
    await form.getByLabel("Name", { exact: true }).fill(`${name} v2`);
    await form.getByLabel("Team").fill("Payments");
    await form.getByLabel("Tier").selectOption("TIER_1");
    await form.getByLabel("Description").fill("Double-entry ledger");
    await form.getByLabel("Open an incident when a check is DOWN").selectOption("P2");
    await form.getByLabel("Runbook URL").fill("not a url");
    await form.getByLabel("Owner").selectOption({ label: `${ADMIN.name} (${ADMIN.email})` });
    await form.getByLabel("Runbook text").fill("# When it pages\n- check `ledger_lag`\n- **page** payments");
    await form.getByRole("tab", { name: "Preview" }).click();
    const preview = form.getByRole("tabpanel", { name: "Runbook preview" });
    await expect(preview.getByRole("heading", { name: "When it pages" })).toBeVisible();
    await expect(preview.locator("code", { hasText: "ledger_lag" })).toBeVisible();
    await form.getByRole("button", { name: "Save changes" }).click();
    // The error is beside its field, and the rest of what was typed is kept.
    await expect(form.getByRole("alert").filter({ hasText: "Use an http:// or https:// URL" })).toBeVisible();
    await expect(toast(page, "Some fields need attention")).toBeVisible();
    await form.getByRole("tab", { name: "Write" }).click();
    await expect(form.getByLabel("Runbook text")).toHaveValue(/ledger_lag/);

    await form.getByLabel("Runbook URL").fill("https://wiki.example.com/ledger");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(toast(page, `Saved ${name} v2`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: `${name} v2` })).toBeVisible();
    const runbook = page.getByRole("region", { name: "Runbook" });
    await expect(runbook.getByRole("heading", { name: "When it pages" })).toBeVisible();
    const facts = page.getByRole("region", { name: "About" });
    await expect(facts).toContainText("Payments");
    await expect(facts).toContainText("Tier 1");
    await expect(facts).toContainText(ADMIN.name);
    await expect(facts).toContainText("Opens a P2 incident");

    await page.locator("summary", { hasText: "Delete service" }).click();
    const del = page.getByRole("form", { name: "Delete service" });
    await expect(del.getByTestId("delete-impact")).toContainText("its 0 checks and their history");
    const button = del.getByRole("button", { name: "Delete service" });
    await del.getByLabel(/^Type .* to confirm$/).fill(name);
    await expect(button).toBeDisabled();
    await del.getByLabel(/^Type .* to confirm$/).fill(`${name} v2`);
    await button.click();
    await expect(page).toHaveURL(/\/services$/);
    await expect(toast(page, `Deleted ${name} v2`)).toBeVisible();
    await expect(page.getByRole("link", { name: `${name} v2` })).toHaveCount(0);
  });
});
