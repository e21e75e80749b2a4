import type { JsonClient } from "../http/json-client.ts";
import { pacer } from "../http/pacer.ts";
import { describeWait } from "../http/rate-limit-wait.ts";
import type { Sleep } from "../http/sleep.ts";
import { ProviderError } from "../deploy/types.ts";
import type { RunIo } from "../run-io.ts";
import { retryEvent } from "./retry-event.ts";
import type { ReplayResult } from "./types.ts";

export interface ReplayPacing {
  /** Resend requests started per second at most. */
  perSecond: number;
  sleep?: Sleep;
}

/**
 * Resends events one after another to one endpoint, paced under Stripe's rate limit; a 429 is
 * waited out by the client, and an event that still fails is reported and skipped.
 */
export async function replayEvents(
  http: JsonClient,
  ids: readonly string[],
  endpointId: string,
  io: RunIo,
  pacing: ReplayPacing,
): Promise<ReplayResult[]> {
  const pace = pacer(pacing.perSecond, { sleep: pacing.sleep });
  const results: ReplayResult[] = [];
  io.log(
    `Resending ${ids.length} event(s) to ${endpointId}, at most ${pacing.perSecond} per second. Stripe's resend call is undocumented, so this is best-effort.`,
  );
  io.progress(0, `0/${ids.length}`);
  for (const [i, id] of ids.entries()) {
    await pace.wait(io.signal);
    const result = await resendOne(http, id, endpointId, io);
    results.push(result);
    io.log(result.ok ? `${id}: resent` : `${id}: failed: ${result.message}`);
    io.progress((i + 1) / ids.length, `${i + 1}/${ids.length}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  io.log(
    `Resent ${results.length - failed} of ${results.length} event(s) to ${endpointId}${failed ? `; ${failed} failed` : ""}`,
  );
  return results;
}

async function resendOne(http: JsonClient, id: string, endpointId: string, io: RunIo): Promise<ReplayResult> {
  try {
    await retryEvent(http, id, endpointId, { signal: io.signal, onWait: (w) => io.log(describeWait(w)) });
    return { id, ok: true, status: 200, message: `resent to ${endpointId}` };
  } catch (err) {
    if (io.signal.aborted) throw io.signal.reason;
    if (err instanceof ProviderError) return { id, ok: false, status: err.status, message: err.message };
    throw err;
  }
}
