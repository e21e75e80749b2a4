import { createApiToken } from "@opsdeck/core/token/create";
import { ctxOf } from "@opsdeck/core/testing";
import { get as httpGet } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbFingerprint } from "./fuzz/db-fingerprint.ts";
import { type Operation, operationsOf } from "./fuzz/operations.ts";
import { readBody } from "./fuzz/read-body.ts";
import { type Caller, type FuzzRequest, requestFor, type Segment } from "./fuzz/request.ts";
import { setHints } from "./fuzz/schema-arbitrary.ts";
import { type FuzzStack, fillIds, pick, readyAfter, replenish, startFuzzStack } from "./fuzz/stack.ts";

// Seeded, so a failure replays: FUZZ_SEED=<seed> npx vitest run apps/web/test/api-fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** At most this many more requests of an operation that none of the RUNS got through. */
const TOP_UP = 300;

/** Which existing rows a path segment points at, by the collection named before it. */
const PICK_KIND: Record<string, string> = {
  services: "slug",
  checks: "check",
  incidents: "incident",
  targets: "target",
  actions: "run",
  checklists: "checklist",
  runs: "checklist-run",
  items: "checklist-item",
  "notification-channels": "channel",
  postmortems: "postmortem",
  "action-items": "actionItem",
  response: "response-step",
  "response-checklists": "severity",
  "severity-policy": "severity",
  databases: "database",
  backends: "backend",
  "alert-rules": "alert-rule",
  users: "user-email",
  "contact-methods": "contact-method",
  schedules: "schedule",
  overrides: "schedule-override",
  "escalation-policies": "escalation-policy",
  "calendar-feeds": "calendar-feed",
};

let s: FuzzStack;
const tokens: Record<Caller, string | null> = { admin: null, viewer: null, anonymous: null };

/** A path segment as sent, and the row it names when it was picked ("" otherwise). */
async function segmentText(collection: string, seg: Segment, parent: string): Promise<[string, string]> {
  if ("raw" in seg) return [seg.raw, ""];
  if ("text" in seg) {
    try {
      return [encodeURIComponent(seg.text), ""];
    } catch {
      return ["%ED%A0%80", ""]; // a lone surrogate, as a client that does not check would send it
    }
  }
  const picked = (await pick(s.client, PICK_KIND[collection] ?? "", seg.pick, parent)) ?? "missing";
  return [encodeURIComponent(picked), picked];
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
  // A run is picked among the checklist's named before it, an item among the run's.
  let parent = "";
  for (const part of r.op.path.split("/").slice(1)) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const seg = name ? r.segments[name] : undefined;
    if (!seg) {
      url += `/${part}`;
      continue;
    }
    const [text, picked] = await segmentText(url.split("/").pop() ?? "", seg, parent);
    url += `/${text}`;
    parent = picked;
  }
  const qs = new URLSearchParams(r.query).toString();
  const query = [qs, r.rawQuery].filter(Boolean).join("&");
  const headers: Record<string, string> = {};
  const token = tokens[r.caller];
  if (token) headers.authorization = `Bearer ${token}`;
  if (r.body !== null) headers["content-type"] = "application/json";
  const target = `${s.app.base}${url}${query ? `?${query}` : ""}`;
  // Node refuses a head over 16 KB with a 431 and closes the socket: a body sent after such a head
  // races that close (ECONNRESET on write), so it goes without one.
  const headTooLong = target.length > NODE_MAX_HEAD_BYTES;
  return fetch(target, {
    method: r.op.method,
    headers,
    body:
      r.body === null || r.op.method === "GET" || headTooLong
        ? undefined
        : await fillIds(s.client, withKindTarget(r), true),
    redirect: "manual",
  }).catch((err: Error) => {
    // Node refuses a request head over 16 KB with a 431 and closes the socket; a client still writing a
    // far longer head sees the reset instead. That is the same refusal, not a dropped server.
    const code = (err.cause as { code?: string } | undefined)?.code;
    if (target.length > NODE_MAX_HEAD_BYTES && (code === "ECONNRESET" || code === "EPIPE"))
      return new Response(null, { status: 431 });
    // A long path that a dot segment turned into one ending in "/" is redirected with the path twice
    // (Location and Refresh), a head over fetch's 16 KB: ask again with room for it, to judge the answer.
    if (code === "UND_ERR_HEADERS_OVERFLOW" && r.op.method === "GET") return getWithLongHead(target, headers);
    throw err;
  });
}

function getWithLongHead(target: string, headers: Record<string, string>): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpGet(target, { headers, maxHeaderSize: 256 * 1024 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve(
          new Response(res.statusCode === 204 || res.statusCode === 304 ? null : Buffer.concat(chunks), {
            status: res.statusCode ?? 0,
            headers: { "content-type": String(res.headers["content-type"] ?? "") },
          }),
        ),
      );
    });
    req.on("error", reject);
  });
}

const NODE_MAX_HEAD_BYTES = 16 * 1024;

/** An action request names a target that offers its kind (a rollback a releases directory, a backup a database…) as often as not. */
function withKindTarget(r: FuzzRequest): string {
  const body = r.body ?? "";
  if (r.op.path !== "/api/v1/actions" || r.op.method !== "POST") return body;
  const kind = /"kind":"(ROLLBACK|BACKUP|VERIFY|RESTORE|REPLAY)"/.exec(body)?.[1];
  return kind
    ? body.replace(/"@target:(\d+)"/, (_m, n: string) => (Number(n) % 2 ? `"@target:${n}"` : `"@target-${kind}:${n}"`))
    : body;
}

describe("API fuzz: every operation of the OpenAPI document", () => {
  beforeAll(async () => {
    s = await startFuzzStack();
    tokens.admin = (await createApiToken({ db: s.t.db, ctx: ctxOf(s.admin), input: { name: "fuzz admin" } })).token;
    tokens.viewer = (await createApiToken({ db: s.t.db, ctx: ctxOf(s.viewer), input: { name: "fuzz viewer" } })).token;
  }, 90_000);

  afterAll(async () => {
    await s?.stop();
  });

  it(`answers ${RUNS} generated requests with no 5xx, and a refused request changes no row`, async () => {
    const docRes = await fetch(`${s.app.base}/api/v1/openapi.json`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    expect(docRes.status).toBe(200);
    const { operations, resolve } = operationsOf(await docRes.json());
    expect(operations.length).toBeGreaterThan(10);
    setHints({
      serviceId: fc.nat().map((n) => `@service:${n}`),
      checkId: fc.nat().map((n) => `@check:${n}`),
      targetId: fc.nat().map((n) => `@target:${n}`),
      // Action params are free-form per kind: give the generator the shapes that can succeed.
      params: fc.constantFrom({}, { eventIds: ["evt_fuzz1"], endpointId: "we_fuzz" }, { deploymentId: "nope" }),
      // Mostly left out: a random number names no incident.
      incidentNumber: fc.constant(undefined),
      ownerId: fc.nat().map((n) => `@user:${n}`),
      // Edits based on the first version: they conflict only where another edit changed the same field.
      expectedVersion: fc.constantFrom(1, 1, 1, 2),
      dueDate: fc
        .integer({ min: -30, max: 60 })
        .map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10)),
      commanderId: fc.nat().map((n) => `@user:${n}`),
      commsLeadId: fc.nat().map((n) => `@user:${n}`),
      services: fc.array(
        fc.nat().map((n) => `@slug:${n}`),
        { minLength: 1, maxLength: 3 },
      ),
      // Detection up to a day back, notes and mitigation within the last minutes, next updates ahead.
      detectedAt: fc.integer({ min: 0, max: 86_400 }).map((s) => new Date(Date.now() - s * 1000).toISOString()),
      at: fc.integer({ min: 0, max: 120 }).map((s) => new Date(Date.now() - s * 1000).toISOString()),
      mitigatedAt: fc.constant("").map(() => new Date().toISOString()),
      nextUpdateAt: fc.integer({ min: 60, max: 86_400 }).map((s) => new Date(Date.now() + s * 1000).toISOString()),
      // Checked by refinements JSON Schema cannot state; loopback only, and no worker probes them anyway.
      runbookUrl: fc.constantFrom("http://127.0.0.1:9/runbook", "https://127.0.0.1:9/wiki/x"),
      url: fc.constantFrom("http://127.0.0.1:9/", "https://127.0.0.1:9/health"),
      baseUrl: fc.constant("http://127.0.0.1:9"),
      host: fc.constantFrom("127.0.0.1", "localhost"),
      hostname: fc.constantFrom("localhost", "db.example.test"),
      // Checklists: zones and due days that exist, no assignee (a random id names nobody).
      timeZone: fc.constantFrom("UTC", "Europe/Berlin", "America/New_York"),
      dueDay: fc.constant(1),
      assigneeId: fc.constant(null),
      helpUrl: fc.constantFrom(null, "https://127.0.0.1:9/runbook"),
      items: fc.constantFrom([{ title: "Look at the Overview" }], [{ title: "Backups", evidence: "backups.fresh" }]),
      remark: fc.constantFrom("Restarted by hand", "Not on this host"),
      markdown: fc.constantFrom("## Daily checks\n\n- [ ] Look at the Overview\n- [ ] Read the alerts\n", "# Notes\n"),
      // Query days around today (a random YYYY-MM-DD is rarely a day).
      // "from" is a query day of checklist history and a mail channel's sender: offer both.
      from: fc.oneof(
        fc.integer({ min: 0, max: 40 }).map((d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10)),
        fc.constant("opsdeck@example.test"),
      ),
      // "to" is a query day of checklist history and a mail channel's recipients: offer both.
      to: fc.oneof(
        fc.integer({ min: 0, max: 2 }).map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10)),
        fc.array(fc.constantFrom("oncall@example.test", "lead@example.test"), { minLength: 1, maxLength: 2 }),
      ),
      // The incident report's zone: a few real ones (a random string names none).
      zone: fc.constantFrom("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"),
      // A Slack channel's URL is its secret: the local receiver, or nowhere (port 9 refuses at once).
      // A contact method's address: one of each kind (a random string is rarely any).
      address: fc.constantFrom("oncall@example.test", "U012AB3CD", "http://127.0.0.1:9/page"),
      // On-call schedules: members and overrides name the admin; overrides fall in the next 30 days.
      members: fc.constant([s.admin.email]),
      // A layer's handoff, whole: its "at" is a local HH:MM, where the "at" hint is a date-time.
      handoff: fc.constantFrom({ every: "day", at: "09:00" }, { every: "week", at: "18:30", weekday: "monday" }),
      email: fc.constant(s.admin.email),
      // A calendar feed names a schedule that exists, or is of the admin (the email above).
      schedule: fc.nat().map((n) => `@schedule:${n}`),
      layer: fc.constantFrom("primary", "secondary"),
      // An escalation step pages the fuzz schedule's layer or the admin (random names name nothing).
      notify: fc.constantFrom({ schedule: "Fuzz rotation", layer: "secondary" }, { email: s.admin.email }),
      startsAt: fc.integer({ min: 0, max: 720 }).map((h) => new Date(Date.now() + h * 3_600_000).toISOString()),
      endsAt: fc.integer({ min: 1, max: 721 }).map((h) => new Date(Date.now() + h * 3_600_000).toISOString()),
      webhookUrl: fc.constantFrom(`${s.providers.slack.url}/services/T/B/fuzz`, "http://127.0.0.1:9/services/x"),
    });
    // Every operation gets an equal share, however many there are.
    const request = fc.oneof(...operations.map((op) => requestFor(op, resolve)));
    const statuses = new Map<string, Map<number, number>>();
    const failures: string[] = [];
    const probe = async (r: FuzzRequest): Promise<boolean> => {
      await replenish(s);
      const before = await dbFingerprint(s.client);
      const res = await send(r).catch((err: Error) => {
        // A dropped connection says little by itself: name the request and the socket's reason.
        throw new Error(
          `${r.op.method} ${r.op.path} as ${r.caller}: ${err.message} (${String(err.cause)})\n  sent ${summarize(r)}\n${s.app.logs().slice(-1500)}`,
        );
      });
      const text = await readBody(res);
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
        if ((await dbFingerprint(s.client)) !== before)
          return fail(`refused the request (${res.status}) but rows changed`);
        // Node itself refuses a request head over 16 KB before any route sees it.
        // Next answers a method a route lacks with 405 and an Allow header.
        const json = res.headers.get("content-type")?.includes("application/json");
        if (!json && res.status !== 431 && res.status !== 405) return fail(`answered ${res.status} without JSON`);
      }
      return true;
    };
    const succeeded = (op: Operation) =>
      [...(statuses.get(`${op.method} ${op.path}`) ?? new Map()).keys()].some((s) => s < 300);
    const result = await fc.check(fc.asyncProperty(request, probe), {
      seed: SEED,
      numRuns: RUNS,
      endOnFailure: true,
    });
    // A share of a few dozen requests can miss by chance (and shifts whenever an operation is added):
    // one that never succeeded gets more requests of its own, from the same seed, before it counts as
    // unreachable.
    const toppedUp: string[] = [];
    for (const op of result.failed ? [] : operations.filter((o) => !succeeded(o))) {
      toppedUp.push(`${op.method} ${op.path}`);
      for (const r of fc.sample(requestFor(op, resolve), { seed: SEED, numRuns: TOP_UP }))
        if (!(await probe(r)) || succeeded(op)) break;
    }
    expect(failures, `seed ${SEED}; server log tail:\n${s.app.logs().slice(-1500)}`).toEqual([]);
    expect(result.failed ? String(result.errorInstance).slice(0, 1000) : null).toBeNull();
    expect(result.numRuns).toBe(RUNS);
    const summary = [...statuses].map(([k, m]) => `${k}: ${[...m].map(([s, n]) => `${s}×${n}`).join(" ")}`);
    const more = toppedUp.length ? `, then more of ${toppedUp.join(", ")}` : "";
    console.log(`API fuzz, seed ${SEED}, ${RUNS} requests${more}:\n  ${summary.join("\n  ")}`);
    // The generator reaches past validation: every operation succeeded at least once.
    for (const op of operations) expect(succeeded(op), `${op.method} ${op.path} never succeeded`).toBe(true);
    expect(await readyAfter(s)).toBe(200);
  }, 600_000);
});
