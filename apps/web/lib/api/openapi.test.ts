import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOpenApi } from "./openapi.ts";
import { operations } from "./operations.ts";

type Schema = Record<string, any>;
const doc = buildOpenApi(operations, "test") as unknown as Schema;
const op = (method: string, path: string): Schema => doc.paths[path][method];
const body = (method: string, path: string): Schema => op(method, path).requestBody.content["application/json"].schema;
const resolve = (s: Schema): Schema => (s.$ref ? doc.components.schemas[s.$ref.split("/").pop()] : s);

function* walk(value: unknown, at = "#"): Generator<[string, Schema]> {
  if (!value || typeof value !== "object") return;
  yield [at, value as Schema];
  for (const [k, v] of Object.entries(value)) yield* walk(v, `${at}/${k}`);
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is self-contained: every reference points into its own components", () => {
    for (const [at, node] of walk(doc)) {
      if (typeof node.$ref !== "string") continue;
      expect(node.$ref, at).toMatch(/^#\/components\/schemas\/\w+$/);
      expect(resolve(node), at).toBeDefined();
    }
  });

  it("describes every request field: no empty schema stands for an input", () => {
    const inputs = Object.values(doc.paths as Record<string, Record<string, Schema>>).flatMap((p) =>
      Object.values(p).flatMap((o) => [o.requestBody, ...(o.parameters ?? [])].filter(Boolean)),
    );
    for (const [at, node] of walk({ inputs, components: doc.components })) {
      for (const key of ["properties", "$defs"]) {
        for (const [name, s] of Object.entries((node[key] ?? {}) as Schema))
          expect(Object.keys(s as Schema), `${at}/${key}/${name}`).not.toEqual([]);
      }
    }
  });

  it("has the validators' bounds, required fields and enums", () => {
    const service = body("post", "/api/v1/services");
    expect(service.required).toEqual(["name"]);
    expect(service.additionalProperties).toBe(false);
    expect(service.properties.name).toMatchObject({ type: "string", minLength: 1, maxLength: 100 });
    expect(service.properties.tier.enum).toEqual(["TIER_1", "TIER_2", "TIER_3"]);
    expect(body("patch", "/api/v1/services/{slug}").properties).not.toHaveProperty("serviceSlug");

    const check = body("post", "/api/v1/checks");
    expect(check.oneOf).toHaveLength(7);
    const http = check.oneOf.find((b: Schema) => b.properties.kind.enum.includes("http"));
    expect(http.required).toEqual(expect.arrayContaining(["serviceId", "name", "kind", "config"]));
    expect(http.properties.intervalSeconds).toMatchObject({ type: "integer", minimum: 10, maximum: 86_400 });
    expect(http.properties.config).toMatchObject({ required: ["url"], additionalProperties: false });
    expect(http.properties.config.properties.jsonPath.required).toEqual(["path", "equals"]);
    const heartbeat = check.oneOf.find((b: Schema) => b.properties.kind.enum.includes("heartbeat"));
    expect(heartbeat.properties.config.required).toEqual(["periodSeconds"]);
    expect(body("patch", "/api/v1/checks/{id}").oneOf.every((b: Schema) => !("id" in b.properties))).toBe(true);

    const maintenance = body("post", "/api/v1/checks/{id}/maintenance");
    expect(maintenance.required).toEqual(["endsAt", "reason"]);
    expect(maintenance.properties.endsAt).toMatchObject({ type: "string", format: "date-time" });
    expect(maintenance.properties).not.toHaveProperty("checkId");

    const params = (m: string, p: string) =>
      Object.fromEntries(op(m, p).parameters.map((x: Schema) => [`${x.in}:${x.name}`, x]));
    const tiles = params("get", "/api/v1/checks");
    expect(tiles["query:limit"]).toMatchObject({
      required: false,
      schema: { type: "integer", minimum: 1, maximum: 5000 },
    });
    expect(params("get", "/api/v1/checks/{id}")["query:range"].schema.enum).toEqual(["1h", "24h", "7d", "30d", "90d"]);
    expect(params("get", "/api/v1/services/{slug}/health")["path:slug"]).toMatchObject({
      required: true,
      schema: { type: "string", minLength: 1 },
    });
  });

  it("has the checklist validators' bounds, patterns and enums", () => {
    const checklist = body("post", "/api/v1/checklists");
    expect(checklist.required).toEqual(["name", "cadence", "timeZone", "items"]);
    expect(checklist.additionalProperties).toBe(false);
    expect(checklist.properties.cadence.enum).toEqual(["DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "PRE_DEPLOY"]);
    expect(checklist.properties.dueTime.pattern).toBe("^([01]\\d|2[0-3]):[0-5]\\d$");
    expect(checklist.properties.items).toMatchObject({ minItems: 1, maxItems: 100 });
    expect(checklist.properties.items.items.properties.title).toMatchObject({ minLength: 1, maxLength: 200 });
    const update = body("patch", "/api/v1/checklists/{slug}");
    expect(update.properties).not.toHaveProperty("slug");
    expect(update.properties.expectedUpdatedAt).toMatchObject({ type: "string", format: "date-time" });
    expect(body("post", "/api/v1/checklists/{slug}/runs").properties.label.pattern).toBe(
      "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
    );

    const answer = body("patch", "/api/v1/checklists/{slug}/runs/{runId}/items/{itemId}");
    expect(answer).toMatchObject({ required: ["result"], additionalProperties: false });
    expect(answer.properties.result.enum).toEqual(["done", "not_done", "na"]);
    expect(answer.properties.remark.anyOf[0]).toMatchObject({ type: "string", maxLength: 2000 });
    expect(Object.keys(body("post", "/api/v1/checklists/{slug}/runs/{runId}/sign-off").properties)).toEqual(["note"]);

    const params = (m: string, p: string) =>
      Object.fromEntries(op(m, p).parameters.map((x: Schema) => [`${x.in}:${x.name}`, x.schema]));
    const runs = params("get", "/api/v1/checklists/{slug}/runs");
    expect(runs["path:slug"]).toMatchObject({ maxLength: 100, pattern: "^[a-z0-9][a-z0-9-]*$" });
    expect(runs["query:from"].pattern).toBe("^\\d{4}-\\d{2}-\\d{2}$");
    expect(runs["query:limit"]).toMatchObject({ type: "integer", minimum: 1, maximum: 1000 });
    expect(params("get", "/api/v1/checklists/{slug}/export")["query:format"].enum).toEqual(["csv", "md"]);
    expect(params("get", "/api/v1/checklists")["query:includeArchived"].enum).toEqual(["true", "false"]);

    const runbook = body("post", "/api/v1/checklists/import");
    expect(runbook).toMatchObject({ required: ["markdown"], additionalProperties: false });
    expect(runbook.properties.markdown).toMatchObject({ type: "string", minLength: 1, maxLength: 200_000 });
    expect(runbook.properties.only).toMatchObject({
      maxItems: 50,
      items: { type: "integer", minimum: 0, maximum: 49 },
    });
  });

  it("has the incident report's day patterns, zone bound and stated range rules", () => {
    const report = op("get", "/api/v1/reports/incidents");
    const params = Object.fromEntries(report.parameters.map((x: Schema) => [x.name, x]));
    expect(params.from).toMatchObject({ in: "query", required: true, schema: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" } });
    expect(params.to).toMatchObject({ required: true, schema: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" } });
    expect(params.to.description).toMatch(/not before `from`, 366 days in all at most/);
    expect(params.zone).toMatchObject({ required: false, schema: { type: "string", maxLength: 64, default: "UTC" } });
    expect(Object.keys(report.responses)).toEqual(["200", "400", "401", "403", "500"]);
    expect(report.description).toBe("Requires the VIEWER role.");
  });

  it("has the on-call schedule validators' bounds, patterns and enums", () => {
    const schedule = body("post", "/api/v1/schedules");
    expect(schedule).toMatchObject({ required: ["name", "timeZone", "layers"], additionalProperties: false });
    expect(schedule.properties.timeZone).toMatchObject({ type: "string", minLength: 1, maxLength: 64 });
    expect(schedule.properties.layers).toMatchObject({ type: "array", minItems: 1, maxItems: 10 });
    const layer = resolve(schedule.properties.layers.items);
    expect(layer.required).toEqual(["name", "handoff", "startsAt", "members"]);
    expect(layer.properties.members).toMatchObject({ minItems: 1, maxItems: 50, items: { type: "string" } });
    expect(layer.properties.startsAt).toMatchObject({ type: "string", format: "date-time" });
    const handoff = resolve(layer.properties.handoff);
    expect(handoff.properties.every.enum).toEqual(["day", "week"]);
    expect(handoff.properties.at.pattern).toBe("^([01]\\d|2[0-3]):[0-5]\\d$");
    expect(handoff.properties.weekday.enum).toHaveLength(7);
    const override = body("post", "/api/v1/schedules/{id}/overrides");
    expect(override).toMatchObject({ required: ["layer", "email", "startsAt", "endsAt"], additionalProperties: false });
    const oncall = Object.fromEntries(
      op("get", "/api/v1/schedules/{id}/oncall").parameters.map((x: Schema) => [x.name, x]),
    );
    expect(oncall.at).toMatchObject({ in: "query", required: false, schema: { format: "date-time" } });
  });

  it("has the escalation policy validators' bounds and enums", () => {
    const policy = body("post", "/api/v1/escalation-policies");
    expect(policy).toMatchObject({ required: ["name", "severities", "steps", "repeat"], additionalProperties: false });
    expect(policy.properties.severities).toMatchObject({ type: "array", minItems: 1, maxItems: 4 });
    expect(resolve(policy.properties.severities.items).enum).toEqual(["P0", "P1", "P2", "P3"]);
    expect(policy.properties.repeat).toMatchObject({ type: "integer", minimum: 0, maximum: 5 });
    expect(policy.properties.hours.enum).toEqual(["ALWAYS", "WORKING_HOURS"]);
    expect(policy.properties.steps).toMatchObject({ type: "array", minItems: 1, maxItems: 10 });
    const step = resolve(policy.properties.steps.items);
    expect(step.properties.waitMinutes).toMatchObject({ type: "integer", minimum: 1, maximum: 1440 });
    expect(Object.keys(resolve(step.properties.notify).properties)).toEqual(["schedule", "layer", "email"]);
    expect(op("delete", "/api/v1/escalation-policies/{id}").description).toBe("Requires the ADMIN role.");
  });

  it("lists the statuses each operation can answer with", () => {
    const statuses = (m: string, p: string) => Object.keys(op(m, p).responses);
    expect(statuses("post", "/api/v1/services")).toEqual(["201", "400", "401", "403", "409", "413", "500"]);
    expect(statuses("get", "/api/v1/services/{slug}")).toEqual(["200", "401", "403", "404", "500"]);
    expect(statuses("post", "/api/v1/checks/{id}/run")).toEqual(["200", "400", "401", "403", "404", "409", "500"]);
    expect(statuses("get", "/api/v1/me")).toEqual(["200", "401", "403", "500"]);
    const answer = "/api/v1/checklists/{slug}/runs/{runId}/items/{itemId}";
    expect(statuses("patch", answer)).toEqual(["200", "400", "401", "403", "404", "409", "413", "422", "500"]);
    expect(statuses("post", "/api/v1/checklists/{slug}/runs")).toContain("422");
    expect(statuses("post", "/api/v1/checklists/import")).toEqual(["200", "201", "400", "401", "403", "413", "500"]);
    expect(op("get", "/api/v1/checklists/{slug}/runs/current").responses[404].description).toMatch(/no current run/);
    const download = op("get", "/api/v1/checklists/{slug}/export").responses[200];
    expect(Object.keys(download.content)).toEqual(["text/csv", "text/markdown"]);
    expect(download.headers["Content-Disposition"].schema).toEqual({ type: "string" });
    expect(op("get", "/api/v1/me").responses[200]).not.toHaveProperty("headers");
    expect(Object.keys(op("get", "/api/v1/services").responses[200].headers)).toEqual(["X-Next-Cursor", "Link"]);
    const error = doc.components.schemas.Error;
    expect(error.properties.error.required).toEqual(["code", "message"]);
    expect(error.properties.error.properties.fieldErrors.additionalProperties).toMatchObject({
      type: "array",
      items: { type: "string" },
    });
  });
});

const setUp = (check: string, service = `{ name: "Checkout API", tier: "TIER_1" }`) => `
  import type { paths } from "./api.ts";
  type Json<P extends keyof paths, M extends "post" | "patch"> = paths[P][M] extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
  type Created<P extends keyof paths> = paths[P]["post"] extends { responses: { 201: { content: { "application/json": infer R } } } } ? R : never;
  async function post<P extends "/api/v1/services" | "/api/v1/checks">(path: P, body: Json<P, "post">): Promise<Created<P>> {
    const res = await fetch(path, { method: "POST", headers: { authorization: "Bearer odk_x", "content-type": "application/json" }, body: JSON.stringify(body) });
    return (await res.json()) as Created<P>;
  }
  export async function setUp() {
    const service = await post("/api/v1/services", ${service});
    const created = await post("/api/v1/checks", ${check});
    const interval: number = created.check.intervalSeconds;
    return [service.slug, created.check.id, interval];
  }`;
const httpCheck = `{ serviceId: service.id, name: "healthz", kind: "http", intervalSeconds: 30, config: { url: "https://example.com/healthz", expectedStatus: [200, "300-399"] } }`;

/** A client answering a checklist item, reading the run it gets back and the CSV export. */
const answerItem = (result: string) => `
  import type { paths } from "./api.ts";
  type Answer = paths["/api/v1/checklists/{slug}/runs/{runId}/items/{itemId}"]["patch"];
  type Body = Answer["requestBody"]["content"]["application/json"];
  type Run = Answer["responses"][200]["content"]["application/json"];
  type Csv = paths["/api/v1/checklists/{slug}/export"]["get"]["responses"][200]["content"]["text/csv"];
  export const body: Body = { result: ${result}, remark: "restarted by hand" };
  export const notDone = (run: Run): number => run.counts.notDone + run.items.filter((i) => i.outcome === "NOT_DONE").length;
  export const csv: Csv = "checklist,period";`;

/** Clients that must not compile, with what the compiler must complain about. */
const wrong: Record<string, [string, RegExp]> = {
  "a string interval": [setUp(httpCheck.replace("intervalSeconds: 30", 'intervalSeconds: "x"')), /string.*number/],
  "a check without a name": [setUp(httpCheck.replace('name: "healthz", ', "")), /'name'/],
  "an HTTP config under another kind": [setUp(httpCheck.replace('kind: "http"', 'kind: "tcp"')), /host|url/],
  "an HTTP config without its url": [setUp(httpCheck.replace('url: "https://example.com/healthz", ', "")), /'url'/],
  "an unknown kind": [setUp(httpCheck.replace('kind: "http"', 'kind: "ftp"')), /"ftp"/],
  "a service without a name": [setUp(httpCheck, `{ tier: "TIER_1" }`), /'name'/],
  "an unknown tier": [setUp(httpCheck, `{ name: "Checkout API", tier: "GOLD" }`), /"GOLD"/],
  "an unknown service field": [setUp(httpCheck, `{ name: "Checkout API", colour: "red" }`), /colour/],
  "a checklist answer in the core's spelling": [answerItem('"NOT_DONE"'), /"NOT_DONE"/],
};

describe("a client generated from the document", () => {
  let errors: Record<string, string[]> = {};
  beforeAll(async () => {
    const { typecheckClients } = await import("./openapi-client.testing.ts");
    const clients = {
      right: setUp(httpCheck),
      "checklist answer": answerItem('"not_done"'),
      ...Object.fromEntries(Object.entries(wrong).map(([name, [source]]) => [name, source])),
    };
    errors = await typecheckClients(doc, clients);
  }, 120_000);

  it("typechecks a client that creates a service and an HTTP check", () => {
    expect(errors.right).toEqual([]);
  });

  it("typechecks a client that answers a checklist item and reads the CSV export", () => {
    expect(errors["checklist answer"]).toEqual([]);
  });

  it.each(Object.entries(wrong))("refuses %s", (name, [, complaint]) => {
    expect(errors[name]).not.toEqual([]);
    expect(errors[name]?.join("\n")).toMatch(complaint);
  });

  it("pages every list of rows we keep, with limit and cursor documented with their bounds", () => {
    // The provider's own recent deployments are a window it chooses, not rows of ours to walk; the
    // others are bounded by what they belong to: one row per severity, the steps of one incident's
    // response checklist, the few messages about one checklist run's miss.
    const unpaged = new Set([
      "get /api/v1/targets/{id}/deployments",
      "get /api/v1/severity-policy",
      "get /api/v1/response-checklists",
      "get /api/v1/incidents/{number}/response",
      "get /api/v1/checklists/{slug}/runs/{runId}/notifications",
    ]);
    const lists = operations.filter((o) => o.method === "get" && !unpaged.has(`get ${o.path}`));
    const paged = lists.filter((o) => o.paged).map((o) => o.path);
    for (const o of lists) {
      const out = doc.paths[o.path].get.responses[200].content?.["application/json"]?.schema ?? {};
      if (out.type === "array") expect(paged, o.path).toContain(o.path);
    }
    expect(paged).toEqual(
      expect.arrayContaining([
        "/api/v1/checks",
        "/api/v1/services",
        "/api/v1/incidents",
        "/api/v1/checklists/{slug}/runs",
        "/api/v1/databases",
        "/api/v1/metrics/series",
      ]),
    );
    for (const path of paged) {
      const params = Object.fromEntries(op("get", path).parameters.map((p: Schema) => [p.name, p]));
      expect(params.limit?.schema, path).toMatchObject({ minimum: 1, maximum: expect.any(Number) });
      expect(params.cursor?.schema, path).toMatchObject({ type: "string", maxLength: 2048 });
      expect(op("get", path).description, path).toMatch(/X-Next-Cursor/);
    }
  });
});
