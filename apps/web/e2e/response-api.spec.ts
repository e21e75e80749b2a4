import { expect, test } from "@playwright/test";
import { apiCallersByRole } from "./helpers";

test("response checklists over the API: responders tick and skip steps, viewers read, admins set the defaults", async ({
  playwright,
  baseURL,
}) => {
  const callers = await apiCallersByRole(playwright, baseURL, "response-api");
  const [admin, responder, viewer] = callers;
  const declare = async (title: string) => {
    const res = await responder.post("/api/v1/incidents", { data: { title, severity: "P1", services: ["api"] } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()).number as number;
  };
  const number = await declare(`Login failures ${Date.now().toString(36)}`);
  const other = await declare(`Another ${Date.now().toString(36)}`);

  const read = await viewer.get(`/api/v1/incidents/${number}/response`);
  expect(read.status()).toBe(200);
  const checklist = await read.json();
  expect(checklist).toMatchObject({ number, severity: "P1", total: 7, done: 0, skipped: 0 });
  const [assess, notify] = checklist.steps;
  expect(assess).toMatchObject({ title: "Assess the impact", status: "OPEN", answeredBy: null, severity: "P1" });
  const stepUrl = (id: string, n = number) => `/api/v1/incidents/${n}/response/${id}`;

  expect((await viewer.post(stepUrl(assess.id), { data: { done: true } })).status()).toBe(403);
  const done = await responder.post(stepUrl(assess.id), { data: { done: true } });
  expect(done.status(), await done.text()).toBe(200);
  expect((await done.json()).steps[0]).toMatchObject({ status: "DONE", answeredBy: { email: expect.any(String) } });
  const skipped = await responder.post(stepUrl(notify.id), {
    data: { done: false, skipReason: "Paged by the channel" },
  });
  expect(await skipped.json()).toMatchObject({ done: 1, skipped: 1 });

  const both = await responder.post(stepUrl(assess.id), { data: { done: true, skipReason: "No" } });
  expect(both.status()).toBe(400);
  expect((await both.json()).error.fieldErrors).toEqual({
    skipReason: ["A done step is not skipped: leave the reason out"],
  });
  expect((await responder.post(stepUrl(assess.id), { data: { done: "yes" } })).status()).toBe(400);
  expect((await responder.post(stepUrl(assess.id), { data: { done: false, extra: 1 } })).status()).toBe(400);
  const elsewhere = await responder.post(stepUrl(assess.id, other), { data: { done: true } });
  expect(elsewhere.status()).toBe(404);

  const timeline = (await (await viewer.get(`/api/v1/incidents/${number}`)).json()).events;
  expect(
    timeline.filter((e: { kind: string }) => e.kind === "response_step").map((e: { message: string }) => e.message),
  ).toEqual(["Done: Assess the impact", "Skipped: Notify the team (Paged by the channel)"]);

  const all = await viewer.get("/api/v1/response-checklists");
  expect(all.status()).toBe(200);
  expect((await all.json()).map((d: { severity: string }) => d.severity)).toEqual(["P0", "P1", "P2", "P3"]);
  const p2 = await (await viewer.get("/api/v1/response-checklists/P2")).json();
  expect(p2.steps[0]).toEqual({ title: "Assess the impact", detail: expect.stringContaining("raise the severity") });
  expect((await viewer.get("/api/v1/response-checklists/P9")).status()).toBe(400);

  const steps = [{ title: "Assess the impact" }, { title: "Page the database team", detail: "`psql -c 'SELECT 1'`" }];
  expect((await responder.put("/api/v1/response-checklists/P2", { data: { steps } })).status()).toBe(403);
  const bad = await admin.put("/api/v1/response-checklists/P2", {
    data: { steps: [{ title: "" }, { title: "x" }, { title: "X " }] },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fieldErrors).toMatchObject({
    "steps.0.title": [expect.any(String)],
    "steps.2.title": ["Another step has this title"],
  });
  const saved = await admin.put("/api/v1/response-checklists/P2", { data: { steps } });
  expect(saved.status(), await saved.text()).toBe(200);
  expect((await saved.json()).steps).toEqual([
    { title: "Assess the impact", detail: null },
    { title: "Page the database team", detail: "`psql -c 'SELECT 1'`" },
  ]);
  // Incidents already open keep their steps; put the runbook's P2 steps back for the other journeys.
  expect((await (await viewer.get(`/api/v1/incidents/${number}/response`)).json()).total).toBe(7);
  expect((await admin.put("/api/v1/response-checklists/P2", { data: { steps: p2.steps } })).status()).toBe(200);

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/api/v1/incidents/${number}/response`)).status()).toBe(401);
  await Promise.all([...callers, anonymous].map((c) => c.dispose()));
});
