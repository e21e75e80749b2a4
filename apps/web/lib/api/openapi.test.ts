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

  it("lists the statuses each operation can answer with", () => {
    const statuses = (m: string, p: string) => Object.keys(op(m, p).responses);
    expect(statuses("post", "/api/v1/services")).toEqual(["201", "400", "401", "403", "409", "413", "500"]);
    expect(statuses("get", "/api/v1/services/{slug}")).toEqual(["200", "401", "403", "404", "500"]);
    expect(statuses("post", "/api/v1/checks/{id}/run")).toEqual(["200", "400", "401", "403", "404", "409", "500"]);
    expect(statuses("get", "/api/v1/me")).toEqual(["200", "401", "403", "500"]);
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
};

describe("a client generated from the document", () => {
  let errors: Record<string, string[]> = {};
  beforeAll(async () => {
    const { typecheckClients } = await import("./openapi-client.testing.ts");
    const clients = {
      right: setUp(httpCheck),
      ...Object.fromEntries(Object.entries(wrong).map(([name, [source]]) => [name, source])),
    };
    errors = await typecheckClients(doc, clients);
  }, 120_000);

  it("typechecks a client that creates a service and an HTTP check", () => {
    expect(errors.right).toEqual([]);
  });

  it.each(Object.entries(wrong))("refuses %s", (name, [, complaint]) => {
    expect(errors[name]).not.toEqual([]);
    expect(errors[name]?.join("\n")).toMatch(complaint);
  });
});
