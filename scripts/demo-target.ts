// A small service for the demo to watch: GET / answers 200, or 503 once broken.
// POST /break and POST /heal flip it, so a newcomer can turn its tile red and back.
// GET /metrics exposes request metrics in the Prometheus text format, for its own answers and for
// the simulated shop traffic below (which fails mostly with 503 while broken).
import http from "node:http";
import { requestMetrics } from "@opsdeck/integrations/prometheus/request-metrics";

const port = Number(process.argv[2] ?? process.env.DEMO_TARGET_PORT ?? 3001);
let broken = false;
const metrics = requestMetrics();

/** About 12 requests a second over a few routes, 20–400 ms (slower and mostly failing while broken). */
const ROUTES = ["/", "/products", "/cart", "/checkout"];
function simulateTraffic() {
  for (let i = 0; i < 3; i++) {
    const route = ROUTES[Math.floor(Math.random() ** 2 * ROUTES.length)] ?? "/";
    const slow = route === "/checkout" ? 3 : 1;
    const seconds = (0.02 + Math.random() ** 3 * 0.25 * slow) * (broken ? 4 : 1);
    const failed = broken ? Math.random() < 0.6 : Math.random() < 0.01;
    metrics.observe(route, failed ? (broken ? 503 : 500) : 200, seconds, route === "/checkout" ? "POST" : "GET");
  }
}
const traffic = setInterval(simulateTraffic, 250);

const server = http.createServer(async (req, res) => {
  const started = performance.now();
  const answer = (status: number, body: string, contentType = "text/plain") => {
    res.writeHead(status, { "content-type": contentType }).end(body);
    if (req.url !== "/metrics")
      metrics.observe(req.url ?? "/", status, (performance.now() - started) / 1000, req.method);
  };
  if (req.method === "POST" && (req.url === "/break" || req.url === "/heal")) {
    broken = req.url === "/break";
    return answer(200, `demo target is now ${broken ? "broken" : "healthy"}\n`);
  }
  if (req.method === "GET" && (req.url === "/" || req.url === "/health"))
    return answer(broken ? 503 : 200, broken ? "broken\n" : "ok\n");
  if (req.method === "GET" && req.url === "/metrics") return answer(200, await metrics.text(), metrics.contentType);
  res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
});

server.listen(port, "127.0.0.1", () =>
  console.log(`demo target on http://127.0.0.1:${port} (POST /break, POST /heal, GET /metrics)`),
);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    clearInterval(traffic);
    server.close(() => process.exit(0));
  });
