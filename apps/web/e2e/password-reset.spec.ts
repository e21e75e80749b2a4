import { expect, test } from "@playwright/test";
import { ADMIN, atEachWidth, auditAction, cliUser, signIn, toast } from "./helpers";

atEachWidth((label, viewport) => {
  test("an admin resets another user's password to a generated one, shown once; disabled users stand out", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const user = cliUser("RESPONDER");
    await signIn(page, ADMIN);
    await page.goto("/settings/users");
    const own = page.getByRole("row").filter({ hasText: ADMIN.email });
    await expect(own).toContainText("You cannot disable or reset your own account here");
    await expect(own.getByRole("button", { name: "Disable" })).toHaveCount(0);

    const row = page.getByRole("row").filter({ hasText: user.email });
    page.once("dialog", (d) => d.dismiss());
    await row.getByRole("button", { name: "Reset password" }).click();
    await expect(row.getByLabel(`New password for ${user.email}`)).toHaveCount(0);
    page.once("dialog", (d) => d.accept());
    await row.getByRole("button", { name: "Reset password" }).click();
    await expect(toast(page, `New password set for ${user.email}`)).toBeVisible();
    const password = await row.getByLabel(`New password for ${user.email}`).inputValue();
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await expect(page.locator("[data-sonner-toast]").filter({ hasText: password })).toHaveCount(0);

    const other = await browser.newContext({ viewport });
    const them = await other.newPage();
    await signIn(them, { email: user.email, password });
    await other.close();

    await row.getByRole("button", { name: "Disable" }).click();
    await expect(toast(page, `${user.email} is disabled`)).toBeVisible();
    await expect(row).toHaveAttribute("data-disabled", "true");
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel(`New password for ${user.email}`)).toHaveCount(0);
    await page.goto("/settings/audit");
    await expect(auditAction(page, "user.reset_password")).toBeVisible();
  });
});
