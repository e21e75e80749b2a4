import { stripeFor } from "../stripe.ts";
import type { Executor } from "./types.ts";

/** Resend each chosen event to the endpoint (Stripe's resend call, best effort), one result per event. */
export const runReplay: Executor = async ({ db, run, io, deps }) => {
  const ids = (run.params.eventIds as string[]) ?? [];
  const endpointId = String(run.params.endpointId);
  const stripe = await stripeFor(db, deps, run.target);
  io.log(
    `Resending ${ids.length} event(s) to ${endpointId} (best effort: Stripe's resend call is the one its CLI uses)`,
  );
  const results = await stripe.replayEvents(ids, endpointId, io);
  const failed = results.filter((r) => !r.ok);
  if (failed.length === results.length && results.length > 0)
    throw new Error(`No event was resent: ${failed[0]?.message ?? "Stripe refused"}`);
  return { endpointId, results, resent: results.length - failed.length, failed: failed.length };
};
