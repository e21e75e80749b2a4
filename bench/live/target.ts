// The checks' target for bench/live: /c/<seq> answers 200, or 500 while the bench has that seq failing.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Target = { port: number; fail(seqs: number[]): void; heal(seqs: number[]): void; stop(): Promise<void> };

export function startTarget(): Promise<Target> {
  const failing = new Set<number>();
  const server = http.createServer((req, res) => {
    const seq = Number(/^\/c\/(\d+)/.exec(req.url ?? "")?.[1]);
    const down = failing.has(seq);
    res.writeHead(down ? 500 : 200, { "content-type": "text/plain" }).end(down ? "failing" : "ok");
  });
  server.keepAliveTimeout = 1_000;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        fail: (seqs) => {
          for (const s of seqs) failing.add(s);
        },
        heal: (seqs) => {
          for (const s of seqs) failing.delete(s);
        },
        stop: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      }),
    ),
  );
}
