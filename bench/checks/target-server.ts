// The checks' target, run as its own process so its CPU is not the worker's. Paths are /c/<seq>:
// 200 "ok", except every 50th seq, which answers 500 in alternate 2-minute spans (~1% of answers; the
// span in ms may be given as an argument), so DOWN results, state changes and events keep coming.
// Exits when stdin closes.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { isFailing, SPAN_MS } from "./failing-span.ts";

const spanMs = Number(process.argv[2] ?? SPAN_MS);

const server = http.createServer((req, res) => {
  const seq = Number(/^\/c\/(\d+)/.exec(req.url ?? "")?.[1]);
  const failing = isFailing(seq, Date.now(), spanMs);
  res.writeHead(failing ? 500 : 200, { "content-type": "text/plain" }).end(failing ? "failing" : "ok");
});
server.keepAliveTimeout = 1_000;
server.listen(0, "127.0.0.1", () => console.log(`PORT ${(server.address() as AddressInfo).port}`));

const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.stdin.on("end", stop).resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
