import { expect, test } from "@playwright/test";
import { ADMIN, cliUser, signIn, toast, tokenOf, watchProblems } from "./helpers";

test("the person on call writes the note for the next handoff, sees it saved, and is told when it is too long", async ({
  page,
  playwright,
  baseURL,
}) => {
  const problems = await watchProblems(page);
  const me = cliUser("RESPONDER");
  const admin = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${tokenOf(ADMIN.email, "handoff")}` },
  });
  // A daily rotation that started a minute ago: the responder holds it until the handoff three hours on.
  const at = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(11, 16);
  const created = await admin.post("/api/v1/schedules", {
    data: {
      name: `Handoff ${Date.now().toString(36)}`,
      timeZone: "UTC",
      layers: [
        {
          name: "primary",
          handoff: { every: "day", at },
          startsAt: new Date(Date.now() - 60_000).toISOString(),
          members: [me.email, ADMIN.email],
        },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  await signIn(page, me);
  await page.goto(`/schedules/${id}`);
  await page.getByRole("link", { name: "Handoff notes" }).click();
  await expect(page).toHaveURL(new RegExp(`/schedules/${id}/handoff$`));
  const form = page.getByRole("form", { name: "Handoff note for primary" });
  await expect(form).toContainText(`from ${me.email} to ${ADMIN.name}`);
  await expect(form.locator("time").first()).toHaveAttribute("datetime", new RegExp(`T${at}:00\\.000Z$`));

  const note = form.getByLabel("Note for the next handoff");
  await note.fill("x".repeat(2001));
  await form.getByRole("button", { name: "Save note" }).click();
  await expect(form.getByText("Use at most 2000 characters")).toBeVisible();
  await expect(note).toHaveAttribute("aria-invalid", "true");

  await note.fill("Disk on db-2 fills up: watch it after the nightly backup.");
  await form.getByRole("button", { name: "Save note" }).click();
  await expect(toast(page, "Handoff note saved")).toBeVisible();
  await page.reload();
  const saved = page.getByRole("form", { name: "Handoff note for primary" });
  await expect(saved.getByLabel("Note for the next handoff")).toHaveValue(
    "Disk on db-2 fills up: watch it after the nightly backup.",
  );
  await expect(saved).toContainText(`Last written by ${me.email}`);
  const read = await (await admin.get(`/api/v1/schedules/${id}/handoff-note`)).json();
  expect(read.layers[0]).toMatchObject({
    layer: "primary",
    note: "Disk on db-2 fills up: watch it after the nightly backup.",
    to: { email: ADMIN.email },
  });
  expect(problems).toEqual([]);
});
