import "server-only";
import type { Sink } from "@opsdeck/core/live/hub";
import type { Role } from "@opsdeck/db";
import { problem } from "../api/respond.ts";
import { liveRelay } from "./relay.ts";

/** A client that stops reading is dropped once this much is waiting for it; it reconnects and catches up. */
export const MAX_BUFFERED_BYTES = 1 << 20;

/** How long a browser waits before reconnecting after the stream drops. */
const RETRY_MS = 2_000;

export const STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform: compression would hold events back until a buffer fills.
  "cache-control": "no-store, no-transform",
  // nginx and similar proxies: pass each event through as it is written.
  "x-accel-buffering": "no",
};

type Open = {
  signal: AbortSignal;
  userId: string;
  role: Role;
  checks: ReadonlySet<string>;
  lastEventId: number | null;
};

/** Open one event stream: it joins the process's relay and leaves it when the client goes away. */
export async function openLiveStream({ signal, ...who }: Open): Promise<Response> {
  const relay = await liveRelay().catch(() => null);
  // The browser retries on its own (the retry interval it was given, or its default).
  if (!relay)
    return problem(503, "UNAVAILABLE", "Live updates are unavailable: the database does not answer. Retry shortly.");
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let clientId: number | null = null;
  let done = false;
  let overflowed = false;
  const end = () => {
    if (done) return;
    done = true;
    if (clientId !== null) relay.leave(clientId);
    try {
      // A client that overflowed never reads what is queued: error drops the queue at once.
      if (overflowed) controller.error(new Error("client too slow"));
      else controller.close();
    } catch {}
  };
  const sink: Sink = {
    write(text) {
      if (done) return false;
      if ((controller.desiredSize ?? 0) < -MAX_BUFFERED_BYTES) {
        overflowed = true;
        return false;
      }
      controller.enqueue(encoder.encode(text));
      return true;
    },
    close: end,
  };
  const body = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        c.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
      },
      cancel: end,
    },
    { highWaterMark: 0, size: (chunk) => chunk?.byteLength ?? 0 },
  );
  signal.addEventListener("abort", end);
  clientId = (await relay.join({ ...who, sink })).id;
  if (done) relay.leave(clientId);
  return new Response(body, { headers: STREAM_HEADERS });
}
