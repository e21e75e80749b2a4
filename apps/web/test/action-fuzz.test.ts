import fc from "fast-check";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionRef, pagePath, serverActions } from "./fuzz/actions.ts";
import { dbFingerprint } from "./fuzz/db-fingerprint.ts";
import { formValues } from "./fuzz/form-values.ts";
import { type FuzzStack, fillIds, pick, readyAfter, replenish, startFuzzStack } from "./fuzz/stack.ts";

// Seeded, so a failure replays: FUZZ_SEED=<seed> npx vitest run apps/web/test/action-fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.FUZZ_ACTION_RUNS ?? 500);

// React's own encoder for server action arguments, as the browser sends them.
const { encodeReply } = (await import("next/dist/compiled/react-server-dom-turbopack/client.node.js" as string)) as {
  encodeReply(args: unknown[]): Promise<FormData | string>;
};

let s: FuzzStack;
const cookies: Record<"admin" | "viewer", string> = { admin: "", viewer: "" };

async function sessionCookie(user: { id: string; email: string }): Promise<string> {
  const jwt = await encode({
    token: { uid: user.id, sub: user.id, email: user.email },
    secret: s.app.secret,
    maxAge: 3600,
  });
  return `next-auth.session-token=${jwt}`;
}

type Submission = { action: ActionRef; caller: "admin" | "viewer"; fields: [string, string][] };

async function submit(sub: Submission): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of sub.fields) form.append(k, await fillIds(s.client, v, false));
  const body = await encodeReply([{ ok: false }, form]);
  const slug = (await pick(s.client, "slug", 0)) ?? "x";
  const number = (await pick(s.client, "incident", 0)) ?? "1";
  // /actions/[id] is a run, /actions/targets/[id] a target.
  const id = (await pick(s.client, sub.action.page.includes("/targets/") ? "target" : "run", 0)) ?? "x";
  return fetch(`${s.app.base}${pagePath(sub.action.page, { slug, number, id })}`, {
    method: "POST",
    headers: {
      "next-action": sub.action.id,
      origin: s.app.base,
      cookie: cookies[sub.caller],
      accept: "text/x-component",
    },
    body,
    redirect: "manual",
  });
}

describe("Server action fuzz: every action of the build, with its form's fields", () => {
  beforeAll(async () => {
    s = await startFuzzStack();
    cookies.admin = await sessionCookie(s.admin);
    cookies.viewer = await sessionCookie(s.viewer);
  }, 90_000);

  afterAll(async () => {
    await s?.stop();
  });

  it(`answers ${RUNS} generated submissions with no 5xx or unexpected error, and a refused one changes no row`, async () => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(5);
    const submission = fc.oneof(
      ...actions.map((action) =>
        fc.record({
          action: fc.constant(action),
          caller: fc.constantFrom<"admin" | "viewer">("admin", "admin", "admin", "viewer"),
          fields: formValues(action.fields),
        }),
      ),
    );
    const outcomes = new Map<string, Map<string, number>>();
    const failures: string[] = [];
    const result = await fc.check(
      fc.asyncProperty(submission, async (sub) => {
        await replenish(s);
        const before = await dbFingerprint(s.client);
        const res = await submit(sub as Submission);
        const text = await res.text();
        const redirected = res.headers.has("x-action-redirect") || (res.status >= 300 && res.status < 400);
        const outcome =
          res.status >= 500
            ? `${res.status}`
            : redirected || /"ok":true/.test(text)
              ? "ok"
              : /"ok":false/.test(text)
                ? "refused"
                : `${res.status}?`;
        const byOutcome = outcomes.get(sub.action.name) ?? new Map<string, number>();
        byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
        outcomes.set(sub.action.name, byOutcome);
        const fail = (why: string) => {
          failures.push(
            `${sub.action.name} as ${sub.caller} ${why}: ${text.slice(0, 300)}\n  fields ${JSON.stringify(sub.fields).slice(0, 300)}`,
          );
          return false;
        };
        if (res.status >= 500) return fail(`answered ${res.status}`);
        if (/Something went wrong on our side/.test(text)) return fail("hit an unexpected error");
        if (outcome === "refused" && (await dbFingerprint(s.client)) !== before)
          return fail("refused the submission but rows changed");
        return true;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(failures, `seed ${SEED}; server log tail:\n${s.app.logs().slice(-1500)}`).toEqual([]);
    expect(result.failed ? String(result.errorInstance).slice(0, 1000) : null).toBeNull();
    const summary = [...outcomes].map(([k, m]) => `${k}: ${[...m].map(([o, n]) => `${o}×${n}`).join(" ")}`);
    console.log(`Server action fuzz, seed ${SEED}, ${RUNS} submissions:\n  ${summary.join("\n  ")}`);
    expect(await readyAfter(s)).toBe(200);
  }, 600_000);
});
