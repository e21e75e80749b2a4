import { expect, test } from "@playwright/test";
import { apiCallersByRole } from "./helpers";

test("an admin imports a daily checklist and a responder works through today's run with API tokens: answers, signs off once, exports; a viewer cannot answer", async ({
  playwright,
  baseURL,
}) => {
  const callers = await apiCallersByRole(playwright, baseURL, "checklists-api");
  const [admin, responder, viewer] = callers;
  // The admin imports a runbook's daily checklist: a preview first, then for real.
  const runbook = [
    `## Daily checks ${Date.now().toString(36)}`,
    "",
    "- [ ] Look at the Overview",
    "- [ ] Rotate the logs",
    "- [ ] Review the error budget",
  ].join("\n");
  const preview = await admin.post("/api/v1/checklists/import", { data: { markdown: runbook, dryRun: true } });
  expect(preview.status(), await preview.text()).toBe(200);
  expect((await preview.json()).checklists).toEqual([
    expect.objectContaining({ cadence: "DAILY", created: false, items: expect.any(Array) }),
  ]);
  const imported = await admin.post("/api/v1/checklists/import", {
    data: { markdown: runbook, dryRun: false, source: "runbook.md", timeZone: "UTC" },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  const [{ slug, created }] = (await imported.json()).checklists;
  expect(created).toBe(true);

  const list = await responder.get("/api/v1/checklists?cadence=DAILY");
  expect(list.status()).toBe(200);
  expect((await list.json()).find((c: { slug: string }) => c.slug === slug)).toMatchObject({ itemCount: 3 });

  const current = await responder.get(`/api/v1/checklists/${slug}/runs/current`);
  expect(current.status()).toBe(200);
  const run = await current.json();
  expect(run).toMatchObject({ current: true, signedOffAt: null, counts: { done: 0, notDone: 0, na: 0, open: 3 } });
  const item = (n: number) => `/api/v1/checklists/${slug}/runs/${run.id}/items/${run.items[n].id}`;
  const remark = "Log rotation is broken on db-2, ticket OPS-481";

  expect((await responder.patch(item(0), { data: { result: "done" } })).status()).toBe(200);
  const bare = await responder.patch(item(1), { data: { result: "not_done" } });
  expect(bare.status()).toBe(422);
  expect((await bare.json()).error.fieldErrors).toEqual({ remark: [expect.stringMatching(/why/i)] });
  expect((await responder.patch(item(1), { data: { result: "not_done", remark } })).status()).toBe(200);
  expect((await viewer.patch(item(2), { data: { result: "na", remark: "Not my shift" } })).status()).toBe(403);
  const last = await responder.patch(item(2), { data: { result: "na", remark: "No error budget this quarter" } });
  expect(last.status()).toBe(200);
  expect((await last.json()).counts).toEqual({ done: 1, notDone: 1, na: 1, open: 0 });

  const signOff = `/api/v1/checklists/${slug}/runs/${run.id}/sign-off`;
  const signed = await responder.post(signOff, { data: { note: "Quiet night" } });
  expect(signed.status(), await signed.text()).toBe(200);
  expect(await signed.json()).toMatchObject({ note: "Quiet night", signedOffAt: expect.any(String) });
  const again = await responder.post(signOff, { data: {} });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.message).toMatch(/signed off/);

  const csv = await viewer.get(`/api/v1/checklists/${slug}/export?format=csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="${slug}-[^"]+\\.csv"$`));
  expect(await csv.text()).toContain(remark);

  await Promise.all(callers.map((c) => c.dispose()));
});
