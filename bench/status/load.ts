// Anonymous clients for bench/status: keep-alive HTTP/1.1 connections, each client one request at a
// time, the whole body read, latency from request to last byte.
import http from "node:http";

export type LoadResult = { requests: number; errors: number; seconds: number; latencies: number[]; bytes: number };

/**
 * `clients` clients request `path` for `seconds`. With `rate` (requests/s over all clients) each
 * client starts its requests on a fixed schedule (open loop, so a slow answer does not slow the
 * offered load); without it, each sends the next request as soon as the last answer is read.
 */
export async function runLoad(opts: {
  base: string;
  path: string;
  clients: number;
  seconds: number;
  rate?: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.clients });
  const url = new URL(opts.path, opts.base);
  const out: LoadResult = { requests: 0, errors: 0, seconds: opts.seconds, latencies: [], bytes: 0 };
  const end = performance.now() + opts.seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get(url, { agent, headers: opts.headers }, (res) => {
        let n = 0;
        res.on("data", (c: Buffer) => {
          n += c.length;
        });
        res.on("end", () => {
          out.requests++;
          if (res.statusCode !== 200) out.errors++;
          out.latencies.push(performance.now() - t0);
          out.bytes += n;
          resolve();
        });
      });
      req.on("error", () => {
        out.errors++;
        resolve();
      });
    });
  const client = async (i: number) => {
    const every = opts.rate ? (opts.clients / opts.rate) * 1000 : 0;
    let next = performance.now() + (every * i) / opts.clients;
    while (performance.now() < end) {
      if (every) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        next += every;
        // Open loop: a request runs while the schedule moves on.
        void one();
        continue;
      }
      await one();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.clients }, (_, i) => client(i)));
  // Let requests started near the end finish.
  await new Promise((r) => setTimeout(r, 2_000));
  out.seconds = (Math.min(performance.now(), end) - t0) / 1000;
  agent.destroy();
  return out;
}
