import { afterEach, expect } from "vitest";
import { ProviderError } from "../types.ts";
import { verifyWebhookSignature } from "../webhook-signature.ts";
import { type ReceivedRequest, type Reply, startReceiver } from "./receiver.ts";

/** Test-only helpers for the webhook provider's suites. */
export const SECRET = "whsec_test";

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** A `receive(reply)` that starts a receiver closed after each test of the calling suite. */
export function receivers(): (reply: (req: ReceivedRequest) => Reply) => Promise<Receiver> {
  let receiver: Receiver | null = null;
  afterEach(async () => {
    await receiver?.close();
    receiver = null;
  });
  return async (reply) => {
    receiver = await startReceiver(reply);
    return receiver;
  };
}

export function signedCorrectly(req: ReceivedRequest): boolean {
  return verifyWebhookSignature(SECRET, req.headers["x-opsdeck-signature"] as string, req.body, new Date(), 300);
}

export function deployment(id: string, createdAt: string, live: boolean) {
  return {
    id,
    commit: `${id}-sha`,
    message: null,
    author: "ci",
    createdAt,
    state: live ? "live" : "ready",
    live,
    url: null,
  };
}

export async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}
