import { setTimeout as delay } from "node:timers/promises";
import type { RunIo } from "../run-io.ts";
import { formatSeconds } from "./seconds.ts";
import { type DeployProvider, type Deployment, ProviderError, type RollbackResult } from "./types.ts";
import { fetchDeployments } from "./webhook-deployments.ts";
import { answerSnippet, isRetryableStatus, sendSigned } from "./webhook-request.ts";

export interface WebhookProviderOptions {
  /** Receives the signed rollback POST (see webhook-signature.ts and docs/integrations/webhook-deploys.md). */
  url: string;
  /** The shared HMAC secret. */
  secret: string;
  /** The deploy target's name in Opsdeck, sent as `target`. */
  targetName: string;
  /** Optional: answers a signed GET with `{ deployments: Deployment[] }`; without it list() is empty. */
  deploymentsUrl?: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** With a deploymentsUrl, how long rollback waits to see the deployment live; default 5 min, 0 to not wait. */
  liveTimeoutMs?: number;
  /** Default 5 s. */
  pollIntervalMs?: number;
}

/** The JSON body of a rollback request. */
export interface WebhookRollbackPayload {
  action: "rollback";
  deploymentId: string;
  target: string;
  runId: string | null;
  requestedBy: string | null;
  /** ISO 8601; the same instant as the signature's `t`. */
  timestamp: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_LIVE_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_POLL_INTERVAL_MS = 5_000;
const MAX_ANSWER_BYTES = 64 * 1024;

/** A team's own deploy system behind a signed webhook. */
export function webhookProvider(opts: WebhookProviderOptions): DeployProvider {
  assertHttpUrl(opts.url, "The webhook URL");
  if (opts.deploymentsUrl !== undefined) assertHttpUrl(opts.deploymentsUrl, "The deployments URL");
  if (!opts.secret) throw new ProviderError("The webhook needs a signing secret.");
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const list = async (signal?: AbortSignal): Promise<Deployment[]> =>
    opts.deploymentsUrl
      ? fetchDeployments({ deploymentsUrl: opts.deploymentsUrl, secret: opts.secret, timeoutMs }, signal)
      : [];
  return {
    kind: "webhook",
    async list({ limit, signal } = {}) {
      const deployments = await list(signal);
      return limit === undefined ? deployments : deployments.slice(0, Math.max(0, limit));
    },
    async current({ signal } = {}) {
      return (await list(signal)).find((d) => d.live) ?? null;
    },
    rollback: (id, io) => rollback(opts, timeoutMs, list, id, io),
  };
}

async function rollback(
  opts: WebhookProviderOptions,
  timeoutMs: number,
  list: (signal?: AbortSignal) => Promise<Deployment[]>,
  id: string,
  io: RunIo,
): Promise<RollbackResult> {
  if (id.trim() === "") throw new ProviderError("Which deployment? The id is empty.");
  io.progress(0, "asking the deploy webhook");
  let from: Deployment | null = null;
  let to: Deployment | null = null;
  if (opts.deploymentsUrl) {
    const deployments = await list(io.signal);
    to = deployments.find((d) => d.id === id) ?? null;
    if (!to) throw new ProviderError(`The deployments URL does not list ${id}.`);
    from = deployments.find((d) => d.live) ?? null;
  }

  const now = new Date();
  const payload: WebhookRollbackPayload = {
    action: "rollback",
    deploymentId: id,
    target: opts.targetName,
    runId: io.run?.id ?? null,
    requestedBy: io.run?.requestedBy ?? null,
    timestamp: now.toISOString(),
  };
  io.log(`Asking the deploy webhook to roll ${opts.targetName} back to ${id}`);
  const res = await sendSigned({
    method: "POST",
    url: opts.url,
    body: JSON.stringify(payload),
    secret: opts.secret,
    timeoutMs,
    signal: io.signal,
    what: "the deploy webhook",
    maxBodyBytes: MAX_ANSWER_BYTES,
    now,
  });
  if (res.status < 200 || res.status > 299) {
    throw new ProviderError(
      `The deploy webhook answered ${res.status}: ${answerSnippet(res.text)}`,
      res.status,
      isRetryableStatus(res.status),
    );
  }
  io.log(`The deploy webhook accepted the rollback (${res.status})`);
  io.progress(0.3, "accepted");

  const liveTimeoutMs = opts.liveTimeoutMs ?? DEFAULT_LIVE_TIMEOUT_MS;
  if (!to || liveTimeoutMs <= 0) {
    io.progress(1);
    return {
      from,
      to: to ?? requested(id, now),
      notes: [
        "The deploy webhook accepted the rollback; your deploy system carries it out and Opsdeck does not see when it is done.",
      ],
    };
  }
  const live = await waitUntilLive(id, list, io, liveTimeoutMs, opts.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
  io.progress(1);
  return { from, to: live, notes: [] };
}

async function waitUntilLive(
  id: string,
  list: (signal?: AbortSignal) => Promise<Deployment[]>,
  io: RunIo,
  timeoutMs: number,
  intervalMs: number,
): Promise<Deployment> {
  const started = Date.now();
  io.log(`Waiting for ${id} to be reported live`);
  while (Date.now() - started < timeoutMs) {
    try {
      await delay(Math.min(intervalMs, Math.max(0, timeoutMs - (Date.now() - started))), undefined, {
        signal: io.signal,
      });
      const live = (await list(io.signal)).find((d) => d.live);
      if (live?.id === id) {
        io.log(`${id} is live`);
        return live;
      }
    } catch (err) {
      if (io.signal.aborted) {
        throw new ProviderError(
          `Cancelled while waiting for ${id} to go live; the deploy webhook had accepted the rollback.`,
        );
      }
      if (!(err instanceof ProviderError)) throw err;
      io.log(`Checking the deployments URL failed, trying again: ${err.message}`);
    }
    io.progress(0.3 + 0.65 * Math.min(1, (Date.now() - started) / timeoutMs), "waiting until live");
  }
  throw new ProviderError(
    `The deploy webhook accepted the rollback, but ${id} was not reported live within ${formatSeconds(timeoutMs)}.`,
    null,
    true,
  );
}

/** What a rollback asked for, when the receiver gives Opsdeck no list to look it up in. */
function requested(id: string, at: Date): Deployment {
  return {
    id,
    commit: null,
    message: null,
    author: null,
    createdAt: at.toISOString(),
    state: "requested",
    live: false,
    url: null,
  };
}

function assertHttpUrl(value: string, name: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProviderError(`${name} is not a URL.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ProviderError(`${name} must be http or https.`);
}
