import { expect, type Page, test } from "@playwright/test";
import { auditBothSchemes } from "./a11y/audit";
import { ADMIN, atEachWidth, auditAction, cliUser, signIn, toast, tokenOf, watchProblems } from "./helpers";

const SCHEDULE = "Operations on-call";

/** A service of this spec's own, so the policy it makes never escalates another journey's incidents. */
async function ownService(page: Page, tag: string): Promise<{ slug: string; name: string }> {
  const name = `Escalation settings ${tag}`;
  const res = await page.request.post("/api/v1/services", {
    data: { name },
    headers: { authorization: `Bearer ${tokenOf(ADMIN.email, "escalation-settings")}` },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { slug: (await res.json()).slug, name };
}

const targetOption = (t: Record<string, string>) => JSON.stringify(t);

atEachWidth((label) => {
  test(`an admin builds a two-step policy, sees it in words, is told of a bad wait, edits and deletes it (${label})`, async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    await signIn(page, ADMIN);
    const tag = `${label}-${Date.now().toString(36)}`;
    const service = await ownService(page, tag);
    const name = `Night pager ${tag}`;

    await page.goto("/settings");
    await page.getByRole("link", { name: "Escalation policies" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Escalation policies" })).toBeVisible();
    const form = page.getByRole("form", { name: "Add escalation policy" });
    await form.getByLabel("Name").fill(name);
    await form.getByRole("checkbox", { name: "P3", exact: true }).check();
    await form.getByRole("checkbox", { name: new RegExp(`\\(${service.slug}\\)`) }).check();
    await form.getByLabel("Repeat the chain (times)").fill("2");

    // Step 1 is the schedule's secondary; step 2, added from the keyboard, the admin by name; then swap them.
    const step = (n: number) => form.getByRole("group", { name: `Step ${n}` });
    await step(1)
      .getByLabel("Page")
      .selectOption(targetOption({ email: ADMIN.email }));
    await step(1).getByLabel("Then wait (minutes)").fill("15");
    await form.getByRole("button", { name: "Add step" }).press("Enter");
    await expect(step(2).getByLabel("Page")).toBeFocused();
    await step(2)
      .getByLabel("Page")
      .selectOption(targetOption({ schedule: SCHEDULE, layer: "secondary" }));
    // A wait of no minutes is refused beside its field, and nothing is saved.
    await step(2).getByLabel("Then wait (minutes)").fill("0");
    await step(2).getByRole("button", { name: "Move step 2 up" }).click();
    await expect(step(1).getByLabel("Page")).toHaveValue(targetOption({ schedule: SCHEDULE, layer: "secondary" }));
    await form.getByRole("button", { name: "Add policy" }).click();
    await expect(step(1).getByText("Wait at least 1 minute before the next step")).toBeVisible();
    await expect(step(1).getByLabel("Then wait (minutes)")).toHaveAttribute("aria-invalid", "true");
    await expect(step(2).getByRole("alert")).toHaveCount(0);
    await expect(page.getByRole("article", { name: `Policy ${name}` })).toHaveCount(0);

    await step(1).getByLabel("Then wait (minutes)").fill("5");
    await form.getByRole("button", { name: "Add policy" }).click();
    await expect(toast(page, `Added ${name}`)).toBeVisible();
    const card = page.getByRole("article", { name: `Policy ${name}` });
    await expect(card.getByRole("list", { name: `Steps of ${name}` }).getByRole("listitem")).toHaveText([
      `Page the current Secondary of '${SCHEDULE}', then wait 5 min`,
      `Page ${ADMIN.email}, then wait 15 min`,
    ]);
    await expect(card).toContainText(service.slug);
    await expect(card).toContainText("Repeats 2 times (3 runs in all)");
    await expect(card).toContainText("No open incident");
    // The form starts again empty for the next policy.
    await expect(form.getByLabel("Name")).toHaveValue("");

    // Edit: drop the named person, cover every service, run once.
    await card.getByRole("button", { name: `Edit ${name}` }).click();
    const edit = card.getByRole("form", { name: `Edit ${name}` });
    await edit.getByRole("group", { name: "Step 2" }).getByRole("button", { name: "Remove step 2" }).click();
    await edit.getByRole("checkbox", { name: new RegExp(`\\(${service.slug}\\)`) }).uncheck();
    await edit.getByLabel("Repeat the chain (times)").fill("0");
    await edit.getByRole("button", { name: "Save policy" }).click();
    await expect(toast(page, `Saved ${name}`)).toBeVisible();
    await expect(card.getByRole("list", { name: `Steps of ${name}` }).getByRole("listitem")).toHaveText([
      `Page the current Secondary of '${SCHEDULE}', then wait 5 min`,
    ]);
    await expect(card).toContainText("All services");
    await expect(card).toContainText("Runs once, no repeat");
    await expect(card.getByRole("button", { name: `Edit ${name}` })).toBeFocused();

    // Declining the confirmation keeps it; accepting deletes it.
    page.once("dialog", (d) => d.dismiss());
    await card.getByRole("button", { name: `Delete ${name}` }).click();
    await expect(card).toBeVisible();
    page.once("dialog", (d) => {
      expect(d.message()).toContain(`Delete the escalation policy ${name}?`);
      return d.accept();
    });
    await card.getByRole("button", { name: `Delete ${name}` }).click();
    await expect(toast(page, `Deleted ${name}`)).toBeVisible();
    await expect(card).toHaveCount(0);

    await page.goto("/settings/audit");
    for (const action of ["escalation_policy.create", "escalation_policy.update", "escalation_policy.delete"])
      await expect(auditAction(page, action)).toBeVisible();
    expect(problems).toEqual([]);
  });

  test(`the page passes WCAG 2.1 AA light and dark, with a field error shown (${label})`, async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto("/settings/escalation");
    const form = page.getByRole("form", { name: "Add escalation policy" });
    await form.getByRole("button", { name: "Add policy" }).click();
    await expect(form.getByText("Choose at least one severity")).toBeVisible();
    const phone = label === "phone";
    expect(
      await auditBothSchemes(
        page,
        `escalation settings ${label}`,
        phone ? { reflow: true, extra: ["target-size"] } : { zoom: true },
      ),
    ).toEqual([]);
  });
});

test("a viewer reads the policies in words but has no form and no buttons", async ({ page }) => {
  const viewer = cliUser("VIEWER");
  await signIn(page, viewer);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Escalation policies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Escalation policies" })).toBeVisible();
  await expect(page.getByText("Only admins change them.")).toBeVisible();
  const demo = page.getByRole("article", { name: "Policy Page on-call for P0/P1" });
  await expect(demo.getByRole("listitem").first()).toHaveText(
    `Page the current Primary of '${SCHEDULE}', then wait 5 min`,
  );
  await expect(page.getByRole("form", { name: "Add escalation policy" })).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  expect(await auditBothSchemes(page, "escalation settings viewer", { zoom: true })).toEqual([]);
});
