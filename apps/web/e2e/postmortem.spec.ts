import { readFile } from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { ADMIN, cliUser, signIn, toast, watchProblems } from "./helpers";

test.describe.configure({ mode: "serial" });

const DEMO_RESOLVED = "Product images broken on /shop";
const section = (page: Page, label: string) =>
  page.getByRole("form", { name: "Postmortem" }).getByLabel(label, { exact: true });
const saveStatus = (page: Page) => page.getByTestId("save-status");

let postmortemPath = "";

/** A resolved P1 with a draft postmortem, made through the API as the signed-in page's user. */
async function draftPostmortem(page: Page, title: string): Promise<string> {
  const api = page.request;
  const declared = await api.post("/api/v1/incidents", { data: { title, severity: "P1", services: ["api"] } });
  expect(declared.status()).toBe(201);
  const { number } = await declared.json();
  expect((await api.post(`/api/v1/incidents/${number}/resolve`)).status()).toBe(200);
  const created = await api.post(`/api/v1/incidents/${number}/postmortem`);
  expect(created.status()).toBe(201);
  const again = await api.post(`/api/v1/incidents/${number}/postmortem`);
  expect(again.status()).toBe(409);
  return `/postmortems/${(await created.json()).id}`;
}

async function signedIn(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

test("writes a postmortem from a resolved incident to a published Markdown file", async ({ page }) => {
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  const resolved = await (await page.request.get("/api/v1/incidents?status=resolved")).json();
  const incident = resolved.find((i: { title: string }) => i.title === DEMO_RESOLVED);
  expect(incident?.postmortemId).toBeNull();
  await page.goto(`/incidents/${incident.number}`);
  await page.getByRole("button", { name: "Write postmortem" }).click();
  await page.waitForURL(/\/postmortems\/\w+$/);
  postmortemPath = new URL(page.url()).pathname;

  // Prefilled from the incident: its title, summary and timeline (one line per entry, with its time).
  await expect(section(page, "Title")).toHaveValue(DEMO_RESOLVED);
  await expect(section(page, "Summary")).toHaveValue(/broken after a deploy/);
  await expect(section(page, "Timeline")).toHaveValue(/^- \d{4}-\d\d-\d\d \d\d:\d\d UTC — Customer report/);
  await expect(section(page, "Timeline")).toHaveValue(/Re-processed images/);

  // Autosave: a second after typing it is saved, and a reload shows it.
  await section(page, "Root cause").fill("New artwork was not copied into the release");
  await expect(saveStatus(page)).toHaveText(/^Saved \d\d:\d\d/);
  await page.reload();
  await expect(section(page, "Root cause")).toHaveValue("New artwork was not copied into the release");

  // A reload before the save: the browser kept the text, and saves it.
  await section(page, "Trigger").fill("The 14:00 deploy");
  await page.reload();
  await expect(section(page, "Trigger")).toHaveValue("The 14:00 deploy");
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  await page.reload();
  await expect(section(page, "Trigger")).toHaveValue("The 14:00 deploy");

  const add = page.getByRole("form", { name: "Add action item" });
  await add.getByLabel("Kind").selectOption("DETECT");
  await add.getByLabel("Action").fill("Alert on broken images");
  await add.getByLabel("Owner").selectOption({ label: ADMIN.name });
  await add.getByLabel("Link").fill("https://tracker.example.com/OPS-7");
  await add.getByRole("button", { name: "Add action item" }).click();
  await expect(toast(page, "Action item added")).toBeVisible();
  const row = page.getByRole("row", { name: "Alert on broken images" });
  await row.getByLabel(/^Status of/).selectOption("IN_PROGRESS");
  await expect(toast(page, "Action item saved")).toBeVisible();

  // Publishing needs the impact written.
  page.on("dialog", (d) => d.accept());
  await expect(section(page, "Impact")).toHaveValue("");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(toast(page, "Write the impact before publishing")).toBeVisible();
  await section(page, "Impact").fill("Product images broken on /shop for about a day");
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(toast(page, "Published")).toBeVisible();
  await expect(page.getByText("Published", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("form", { name: "Postmortem" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Root cause" })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`postmortem-${incident.number}.md`);
  const md = await readFile(await download.path(), "utf8");
  expect(md).toContain(`# Incident: ${DEMO_RESOLVED}`);
  expect(md).toContain("**Severity:** P3");
  expect(md).toContain("## Root Cause\n\nNew artwork was not copied into the release");
  expect(md).toContain("- [ ] Detect: Alert on broken images (owner Ada Admin, in progress)");

  await page.goto(`/incidents/${incident.number}`);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Postmortem published");
  await page.getByRole("link", { name: "Read the postmortem →" }).click();
  await page.waitForURL(postmortemPath);
  expect(problems).toEqual([]);
});

test("a second editor of the same section gets both texts side by side, never a silent overwrite", async ({
  browser,
}) => {
  const a = await signedIn(browser, ADMIN);
  const path = await draftPostmortem(a.page, `Checkout errors ${Date.now().toString(36)}`);
  const b = await signedIn(browser, cliUser("RESPONDER"));
  await a.page.goto(path);
  await b.page.goto(path);
  await expect(section(b.page, "Root cause")).toHaveValue("");

  // B types while offline (kept in the browser), A saves the same section meanwhile.
  await b.context.setOffline(true);
  await section(b.page, "Root cause").fill("Bs theory: a stale cache");
  await expect(saveStatus(b.page)).toHaveText(/^Not saved: No connection/);
  await section(a.page, "Root cause").fill("As theory: a bad deploy");
  await expect(saveStatus(a.page)).toHaveText(/^Saved/);
  await b.context.setOffline(false);
  await section(b.page, "Root cause").press("End");
  await section(b.page, "Root cause").pressSequentially(".");

  const panel = b.page.getByRole("region", { name: "Conflicting edits" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("As theory: a bad deploy");
  await expect(panel).toContainText("Bs theory: a stale cache.");
  await panel.getByRole("button", { name: "Keep mine" }).click();
  await expect(panel).toHaveCount(0);
  await expect(saveStatus(b.page)).toHaveText(/^Saved/);
  // A follows: nothing typed there since, so the saved text replaces it.
  await expect(section(a.page, "Root cause")).toHaveValue("Bs theory: a stale cache.");

  // Take theirs: B's text gives way to A's.
  await b.context.setOffline(true);
  await section(b.page, "Resolution").fill("B: restarted");
  await expect(saveStatus(b.page)).toHaveText(/^Not saved/);
  await section(a.page, "Resolution").fill("A: rolled back");
  await expect(saveStatus(a.page)).toHaveText(/^Saved/);
  await b.context.setOffline(false);
  await section(b.page, "Resolution").pressSequentially("!");
  await panel.getByRole("button", { name: "Take theirs" }).click();
  await expect(section(b.page, "Resolution")).toHaveValue("A: rolled back");
  await a.context.close();
  await b.context.close();
});

test("a viewer reads postmortems without any write control", async ({ browser }) => {
  const v = await signedIn(browser, cliUser("VIEWER"));
  await v.page.goto(postmortemPath);
  await expect(v.page.getByRole("heading", { name: "Root cause" })).toBeVisible();
  await expect(v.page.getByText("New artwork was not copied into the release")).toBeVisible();
  await expect(v.page.getByRole("form")).toHaveCount(0);
  await expect(v.page.getByRole("textbox")).toHaveCount(0);
  for (const name of ["Publish", "Back to draft", "In review", "Remove", "Add action item"])
    await expect(v.page.getByRole("button", { name })).toHaveCount(0);
  await expect(v.page.getByRole("link", { name: "Markdown" })).toBeVisible();
  await v.page.goto("/postmortems/action-items");
  await expect(v.page.getByText("Alert on broken images")).toBeVisible();
  await expect(v.page.getByRole("region", { name: "Action items" }).getByRole("combobox")).toHaveCount(0);
  const resolved = await (await v.page.request.get("/api/v1/incidents?status=resolved")).json();
  const withoutPostmortem = resolved.find((i: { postmortemId: string | null }) => !i.postmortemId);
  if (withoutPostmortem) {
    await v.page.goto(`/incidents/${withoutPostmortem.number}`);
    await expect(v.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(v.page.getByRole("button", { name: "Write postmortem" })).toHaveCount(0);
  }
  const refused = await v.page.request.patch(`/api/v1${postmortemPath}`, { data: { expectedVersion: 1, title: "x" } });
  expect(refused.status()).toBe(403);
  await v.context.close();
});
