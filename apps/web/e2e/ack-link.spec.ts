import { randomBytes } from "node:crypto";
import { hashAckToken } from "@opsdeck/core/ack-link/issue";
import { embeddedUrl } from "@opsdeck/db/pg-config";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_PG_PORT } from "../playwright.config";
import { ADMIN, auditAction, cliUser, signIn, watchProblems } from "./helpers";

const OPS_DB = embeddedUrl(E2E_PG_PORT, "opsdeck");

/** A link as a page would carry it, to the given person about incident #number. */
async function ackLinkFor(number: number, email: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const c = new pg.Client({ connectionString: OPS_DB });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO "IncidentAckLink" (id, "tokenHash", "incidentId", "userId")
       SELECT $1, $2, i.id, u.id FROM "Incident" i, "User" u WHERE i.number = $3 AND u.email = $4`,
      [`e2e${token.slice(0, 20)}`, hashAckToken(token), number, email],
    );
  } finally {
    await c.end();
  }
  return `/ack/${token}`;
}

test("the paged person acknowledges from the one-click link without signing in, once", async ({ page, browser }) => {
  const paged = cliUser("RESPONDER");
  await signIn(page, ADMIN);
  const declared = await page.request.post("/api/v1/incidents", {
    data: { title: "Checkout returns 502", severity: "P1", services: ["api"] },
  });
  expect(declared.status()).toBe(201);
  const { number } = await declared.json();
  const link = await ackLinkFor(number, paged.email);

  // A browser with no session, as a phone opening the mail would be.
  const phone = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const p = await phone.newPage();
  const problems = await watchProblems(p);
  await p.goto(link);
  await expect(p.getByRole("heading", { level: 1 })).toHaveText(`Incident #${number}: Checkout returns 502`);
  await expect(p.getByText(`Page for ${paged.email}`)).toBeVisible();
  // Opening the link acknowledges nothing (a mail scanner follows links too): the click does.
  const before = await page.request.get(`/api/v1/incidents/${number}`);
  expect((await before.json()).acknowledgedAt).toBeNull();
  await p.getByRole("button", { name: `Acknowledge incident #${number}` }).click();
  await expect(p.getByRole("status")).toContainText(`Acknowledged incident #${number} as ${paged.email}`);
  expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await p.reload();
  await expect(p.getByRole("status")).toContainText("This link was already used at");
  await expect(p.getByRole("button", { name: /Acknowledge/ })).toHaveCount(0);
  await p.goto(`${link}x`);
  await expect(p.getByRole("heading", { level: 1 })).toHaveText("Link not valid");
  expect(problems).toEqual([]);
  await phone.close();

  const after = await (await page.request.get(`/api/v1/incidents/${number}`)).json();
  expect(after.acknowledgedAt).not.toBeNull();
  await page.goto(`/incidents/${number}`);
  await expect(page.getByText(`Acknowledged from the one-click link paged to ${paged.email}`)).toBeVisible();
  await page.goto("/settings/audit");
  await expect(auditAction(page, "incident.ack_link.use")).toBeVisible();
});
