import net from "node:net";
import { parseSse } from "@opsdeck/core/live/sse";

/** One event; `at` is when it was read (Date.now()). */
export type Frame = { id: number | null; event: string; data: Record<string, unknown>; at: number };

/** An event-stream reader as a plain HTTP client would be: frames in order, and waiting for one. */
export type StreamClient = {
  frames: Frame[];
  lastId: number | null;
  /** Bytes read from the stream so far. */
  bytes: number;
  next(event: string, timeoutMs?: number, where?: (f: Frame) => boolean): Promise<Frame>;
  close(): void;
};

/** GET /api/v1/events with a Bearer token, reading as fast as frames come. */
export async function openStream(
  base: string,
  token: string,
  opts: { lastEventId?: number; checks?: string[] } = {},
): Promise<StreamClient> {
  const params = new URLSearchParams();
  if (opts.checks?.length) params.set("checks", opts.checks.join(","));
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (opts.lastEventId !== undefined) headers["last-event-id"] = String(opts.lastEventId);
  const abort = new AbortController();
  const res = await fetch(`${base}/api/v1/events${params.size ? `?${params}` : ""}`, { headers, signal: abort.signal });
  if (res.status !== 200 || !res.body) throw new Error(`events answered ${res.status}: ${await res.text()}`);
  const client: StreamClient = {
    frames: [],
    lastId: null,
    bytes: 0,
    async next(event, timeoutMs = 5_000, where = () => true) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const f = client.frames.find((x) => x.event === event && where(x));
        if (f) {
          client.frames.splice(client.frames.indexOf(f), 1);
          return f;
        }
        if (Date.now() > until)
          throw new Error(
            `no "${event}" within ${timeoutMs} ms (have: ${client.frames.map((x) => x.event).join(", ") || "nothing"})`,
          );
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => abort.abort(),
  };
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        client.bytes += chunk.byteLength;
        const parsed = parseSse(buffer + decoder.decode(chunk, { stream: true }));
        buffer = parsed.rest;
        const at = Date.now();
        for (const { id = null, ...rest } of parsed.frames) {
          const f: Frame = { ...rest, id, at };
          if (f.id !== null) client.lastId = f.id;
          client.frames.push(f);
        }
      }
    } catch {
      // closed by the test
    }
  })();
  return client;
}

/**
 * A client that opens the stream and then never reads: what the server does with it shows in how
 * many bytes it had sent when it gave up. `drain()` reads everything the socket still holds.
 */
export function openStalledSocket(
  base: string,
  token: string,
): Promise<{ drain(): Promise<{ bytes: number; closedByServer: boolean }> }> {
  const url = new URL(`${base}/api/v1/events`);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port) }, () => {
      socket.write(
        `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${token}\r\nAccept: text/event-stream\r\n\r\n`,
      );
      socket.pause();
      resolve({
        drain: () =>
          new Promise((done) => {
            let bytes = 0;
            let closedByServer = true;
            socket.on("data", (d) => (bytes += d.length));
            socket.on("close", () => done({ bytes, closedByServer }));
            socket.resume();
            setTimeout(() => {
              closedByServer = false;
              socket.destroy();
            }, 10_000).unref();
          }),
      });
    });
    socket.on("error", reject);
  });
}
