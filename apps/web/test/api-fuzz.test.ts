import { createCheck } from "@opsdeck/core/check/create";
import { createService } from "@opsdeck/core/service/create";
import { ctxOf, makeUser } from "@opsdeck/core/testing";
import { createApiToken } from "@opsdeck/core/token/create";
import { beat } from "@opsdeck/core/health/heartbeat";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "./fuzz/app-server.ts";
import { dbFingerprint } from "./fuzz/db-fingerprint.ts";
import { operationsOf } from "./fuzz/operations.ts";
import { type Caller, type FuzzRequest, requestFor, type Segment } from "./fuzz/request.ts";
import { setHints } from "./fuzz/schema-arbitrary.ts";

// Seeded, so a failure replays: FUZZ_SEED=<seed> npx vitest run apps/web/test/api-fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** Existing rows a path segment or an id field can point at, by the collection named in the path. */
const PICK_SQL: Record<string, string> = {
  services: `SELECT slug AS v FROM "Service" ORDER BY "createdAt", id`,
  checks: `SELECT id AS v FROM "Check" ORDER BY "createdAt", id`,
};
const ID_SQL: Record<string, string> = {
  service: `SELECT id AS v FROM "Service" ORDER BY "createdAt", id`,
  check: `SELECT id AS v FROM "Check" ORDER BY "createdAt", id`,
  user: `SELECT id AS v FROM "User" ORDER BY "createdAt", id`,
};

let t: TestDb;
let app: AppServer;
let client: pg.Client;
const tokens: Record<Caller, string | null> = { admin: null, viewer: null, anonymous: null };

async function pick(sql: string, n: number): Promise<string | null> {
  const { rows } = await client.query<{ v: string }>(sql);
  return rows[n % Math.max(rows.length, 1)]?.v ?? null;
}

async function segmentText(collection: string, s: Segment): Promise<string> {
  if ("raw" in s) return s.raw;
  if ("text" in s) {
    try {
      return encodeURIComponent(s.text);
    } catch {
      return "%ED%A0%80"; // a lone surrogate, as a client that does not check would send it
    }
  }
  const sql = PICK_SQL[collection];
  return encodeURIComponent((sql && (await pick(sql, s.pick))) || "missing");
}

/** Placeholders like "@service:7" in a body become the id of an existing row when sent. */
async function fillIds(body: string): Promise<string> {
  let out = body;
  for (const m of body.matchAll(/"@(service|check|user):(\d+)"/g)) {
    out = out.replace(m[0], JSON.stringify((await pick(ID_SQL[m[1] ?? ""] ?? "", Number(m[2]))) ?? "missing"));
  }
  return out;
}

/** A short account of a request for a failure message: long values are cut. */
function summarize(r: FuzzRequest): string {
  const cut = (v: unknown) => {
    const t = typeof v === "string" ? v : JSON.stringify(v);
    return t.length > 200 ? `${t.slice(0, 200)}… (${t.length} chars)` : t;
  };
  return cut({ segments: r.segments, query: r.query, rawQuery: r.rawQuery, body: r.body });
}

async function send(r: FuzzRequest): Promise<Response> {
  let url = "";
  for (const part of r.op.path.split("/").slice(1)) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const seg = name ? r.segments[name] : undefined;
    url += `/${seg ? await segmentText(url.split("/").pop() ?? "", seg) : part}`;
  }
  const qs = new URLSearchParams(r.query).toString();
  const query = [qs, r.rawQuery].filter(Boolean).join("&");
  const headers: Record<string, string> = {};
  const token = tokens[r.caller];
  if (token) headers.authorization = `Bearer ${token}`;
  if (r.body !== null) headers["content-type"] = "application/json";
  return fetch(`${app.base}${url}${query ? `?${query}` : ""}`, {
    method: r.op.method,
    headers,
    body: r.body === null || r.op.method === "GET" ? undefined : await fillIds(r.body),
    redirect: "manual",
  });
}

describe("API fuzz: every operation of the OpenAPI document", () => {
  beforeAll(async () => {
    t = await createTestDb();
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const viewer = await makeUser(t.db, { role: "VIEWER" });
    tokens.admin = (await createApiToken({ db: t.db, ctx: ctxOf(admin), input: { name: "fuzz admin" } })).token;
    tokens.viewer = (await createApiToken({ db: t.db, ctx: ctxOf(viewer), input: { name: "fuzz viewer" } })).token;
    // Rows for the generated requests to find; no worker runs, so no check is ever probed.
    for (let i = 0; i < 3; i++) {
      const service = await createService({ db: t.db, ctx: ctxOf(admin), input: { name: `Fuzz service ${i}` } });
      for (const kind of ["HTTP", "HEARTBEAT"] as const) {
        const config = kind === "HTTP" ? { url: "http://127.0.0.1:9/" } : { periodSeconds: 300 };
        await createCheck({
          db: t.db,
          ctx: ctxOf(admin),
          input: { serviceId: service.id, name: `${kind} ${i}`, kind, config },
        });
      }
    }
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    app = await startAppServer(t.url);
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
    await client?.end();
    await t?.drop();
  });

  it(`answers ${RUNS} generated requests with no 5xx, and a refused request changes no row`, async () => {
    const docRes = await fetch(`${app.base}/api/v1/openapi.json`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    expect(docRes.status).toBe(200);
    const { operations, resolve } = operationsOf(await docRes.json());
    expect(operations.length).toBeGreaterThan(10);
    setHints({
      serviceId: fc.nat().map((n) => `@service:${n}`),
      checkId: fc.nat().map((n) => `@check:${n}`),
      ownerId: fc.nat().map((n) => `@user:${n}`),
    });
    // Every operation gets an equal share, however many there are.
    const request = fc.oneof(...operations.map((op) => requestFor(op, resolve)));
    const statuses = new Map<string, Map<number, number>>();
    const failures: string[] = [];
    const result = await fc.check(
      fc.asyncProperty(request, async (r) => {
        const before = await dbFingerprint(client);
        const res = await send(r);
        const text = await res.text();
        const key = `${r.op.method} ${r.op.path}`;
        const byStatus = statuses.get(key) ?? new Map<number, number>();
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        statuses.set(key, byStatus);
        const fail = (why: string) => {
          failures.push(`${key} as ${r.caller} ${why}: ${text.slice(0, 300)}\n  sent ${summarize(r)}`);
          return false;
        };
        if (process.env.FUZZ_DEBUG && res.status === 400) console.log(key, text.slice(0, 300), summarize(r));
        if (res.status >= 500) return fail(`answered ${res.status}`);
        if (res.status >= 400) {
          if ((await dbFingerprint(client)) !== before)
            return fail(`refused the request (${res.status}) but rows changed`);
          // Node itself refuses a request head over 16 KB before any route sees it.
          // Next answers a method a route lacks with 405 and an Allow header.
          const json = res.headers.get("content-type")?.includes("application/json");
          if (!json && res.status !== 431 && res.status !== 405) return fail(`answered ${res.status} without JSON`);
        }
        return true;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(failures, `seed ${SEED}; server log tail:\n${app.logs().slice(-1500)}`).toEqual([]);
    expect(result.failed ? String(result.errorInstance).slice(0, 1000) : null).toBeNull();
    expect(result.numRuns).toBe(RUNS);
    const summary = [...statuses].map(([k, m]) => `${k}: ${[...m].map(([s, n]) => `${s}×${n}`).join(" ")}`);
    console.log(`API fuzz, seed ${SEED}, ${RUNS} requests:\n  ${summary.join("\n  ")}`);
    // The generator reaches past validation: every operation succeeded at least once.
    for (const op of operations) {
      const ok = [...(statuses.get(`${op.method} ${op.path}`) ?? new Map()).keys()].some((s) => s < 300);
      expect(ok, `${op.method} ${op.path} never succeeded`).toBe(true);
    }
    await beat(t.db, { id: "fuzz-worker", hostname: "fuzz", pid: process.pid, version: "test" });
    expect((await fetch(`${app.base}/api/readyz`)).status).toBe(200);
  }, 600_000);
});
