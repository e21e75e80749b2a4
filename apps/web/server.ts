// The web server: Next.js behind a front that answers the public status page from its cached bytes.
// Started by scripts/start.ts as `node --import tsx server.ts -p PORT -H HOST` in this folder.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createDb } from "@opsdeck/db";
import next from "next";
import { env } from "./lib/env.ts";
import { processRelay } from "./lib/live/relay-instance.ts";
import { processStatusPage } from "./lib/status/page-cache.ts";
import { serveStatus } from "./server/status-front.ts";

const { values: a } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: "3000" },
    hostname: { type: "string", short: "H", default: "127.0.0.1" },
  },
});
const port = Number(a.port);
const hostname = a.hostname as string;
/** Lets a stream's or a slow request's last bytes go out before the process ends. */
const DRAIN_MS = 5_000;

// The front's own client and relay: Next.js bundles its own copies (lib/live/relay-instance.ts).
const url = env().DATABASE_URL;
const frontDb = createDb(url, 2);
const sources = {
  slot: "__opsdeckStatusFront",
  db: () => frontDb,
  relay: () =>
    processRelay(
      "__opsdeckLiveRelayFront",
      () => frontDb,
      () => url,
    ),
};
const statusPage = () => processStatusPage(sources);

const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  serveStatus(req, res, statusPage)
    .then((served) => (served ? undefined : handle(req, res)))
    .catch((err: unknown) => {
      console.error(JSON.stringify({ level: "error", msg: "request failed", path: req.url, err: String(err) }));
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    });
});
server.listen(port, hostname, () => console.log(`web listening on http://${hostname}:${port}`));

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`web stopping (${signal})`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, DRAIN_MS).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
