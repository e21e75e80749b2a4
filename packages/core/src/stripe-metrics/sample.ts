import type { Db } from "@opsdeck/db";
import { readStripeActivity, type StripeProblem } from "@opsdeck/integrations";
import { configOf } from "../action/targets.ts";
import { targetSecretName } from "../action/target-labels.ts";
import { publishLive } from "../live/publish.ts";
import { HOUR_S } from "../metric/constants.ts";
import { replaceMetricSamples } from "../metric/replace.ts";
import { readSecret } from "../secrets/store.ts";
import { hourlyTotals, hourOf, samplesOfHours } from "./hourly.ts";
import { claimStripeRead, finishStripeRead } from "./state.ts";

export type StripeMetricsDeps = {
  secretKey?: Buffer;
  /** How often each target is read; a worker claims a target once per interval. */
  intervalSeconds: number;
  /** Retries of a rate-limited request (the `stripe` package's backoff). */
  maxNetworkRetries?: number;
  timeoutMs?: number;
};

/** The first read looks back a day; later ones restate the previous hour too (webhooks fail late), two days at most. */
const FIRST_LOOKBACK_S = 24 * HOUR_S;
const MAX_LOOKBACK_S = 48 * HOUR_S;

export const NO_KEY_PROBLEM: StripeProblem = {
  code: "NO_KEY",
  message:
    "No Stripe key is configured for this target: an admin sets a restricted key (read access to Events) on the target's page.",
};

type StripeTarget = { id: string; name: string; config: unknown; secretName: string | null };

async function keyOf(db: Db, deps: StripeMetricsDeps, t: StripeTarget): Promise<string | null> {
  if (!deps.secretKey) return null;
  return readSecret(db, deps.secretKey, t.secretName ?? targetSecretName(t.id));
}

/** The window to read: from the start of the hour before the last read (or a day back), to now. */
function windowOf(readUntil: Date | null, now: Date) {
  const until = Math.floor(now.getTime() / 1000);
  const floor = hourOf(until - MAX_LOOKBACK_S);
  const start = readUntil ? hourOf(Math.floor(readUntil.getTime() / 1000)) - HOUR_S : hourOf(until - FIRST_LOOKBACK_S);
  return { from: Math.max(start, floor), until };
}

async function readOne(db: Db, deps: StripeMetricsDeps, t: StripeTarget, now: Date): Promise<boolean> {
  const key = await keyOf(db, deps, t);
  if (!key) {
    await db.$transaction((tx) => finishStripeRead(tx, t.id, now, NO_KEY_PROBLEM));
    return false;
  }
  const state = await db.stripeMetricState.findUnique({ where: { targetId: t.id }, select: { readUntil: true } });
  const w = windowOf(state?.readUntil ?? null, now);
  const read = await readStripeActivity({
    secretKey: key,
    baseUrl: configOf<{ apiBaseUrl?: string }>({ kind: "STRIPE", ...t }).apiBaseUrl,
    since: new Date(w.from * 1000),
    until: new Date(w.until * 1000),
    maxNetworkRetries: deps.maxNetworkRetries,
    timeoutMs: deps.timeoutMs,
  });
  if (!read.ok) {
    await db.$transaction((tx) => finishStripeRead(tx, t.id, now, read.problem));
    return false;
  }
  const samples = samplesOfHours(t.id, hourlyTotals(read.data, w.from, w.until));
  await db.$transaction(async (tx) => {
    await replaceMetricSamples(tx, samples);
    await finishStripeRead(tx, t.id, now, null);
  });
  return true;
}

/** A fault outside Stripe's answers (invalid settings, say) is the target's problem too, not the round's. */
async function unexpected(db: Db, targetId: string, now: Date, err: unknown): Promise<false> {
  const message = err instanceof Error ? err.message : String(err);
  await db.$transaction((tx) => finishStripeRead(tx, targetId, now, { code: "STRIPE_ERROR", message }));
  return false;
}

/**
 * One round of the Stripe metrics reader: every Stripe target not claimed by another worker within
 * the interval is read (one at a time), its hours written as totals, then one live event tells open
 * pages. A target's fault (no key, a refused key, a rate limit, Stripe unreachable) is recorded on its
 * state, never thrown.
 */
export async function sampleStripeTargets({
  db,
  deps,
  now = new Date(),
}: {
  db: Db;
  deps: StripeMetricsDeps;
  now?: Date;
}): Promise<{ sampled: string[]; failed: string[] }> {
  const sampled: string[] = [];
  const failed: string[] = [];
  const targets = await db.target.findMany({
    where: { kind: "STRIPE" },
    select: { id: true, name: true, config: true, secretName: true },
    orderBy: { name: "asc" },
  });
  for (const t of targets) {
    if (!(await claimStripeRead(db, t.id, now, deps.intervalSeconds))) continue;
    ((await readOne(db, deps, t, now).catch((err) => unexpected(db, t.id, now, err))) ? sampled : failed).push(t.id);
  }
  const ids = [...sampled, ...failed];
  if (ids.length) await db.$transaction((tx) => publishLive(tx, "stripe.sampled", { ids }));
  return { sampled, failed };
}
