import http from "node:http";
import type { AddressInfo } from "node:net";
import { type RequestMetrics, requestMetrics } from "../prometheus/request-metrics.ts";

/** How the server answers GET /metrics. */
export type PrometheusServerMode = "ok" | "error-500" | "malformed" | "no-histogram" | "html";

/**
 * A local app exposing request metrics in the Prometheus text format on GET /metrics (via prom-client),
 * with faults to switch on. With `token`, it answers 401 to a request without that bearer token.
 */
export async function startPrometheusServer(opts: { token?: string } = {}) {
  const metrics: RequestMetrics = requestMetrics();
  let mode: PrometheusServerMode = "ok";
  const server = http.createServer(async (req, res) => {
    if (req.url !== "/metrics") return void res.writeHead(404).end("not found\n");
    if (opts.token && req.headers.authorization !== `Bearer ${opts.token}`)
      return void res.writeHead(401).end("unauthorized\n");
    if (mode === "error-500") return void res.writeHead(500).end("internal error\n");
    if (mode === "html") return void res.writeHead(200, { "content-type": "text/html" }).end("<html>login</html>\n");
    let text = await metrics.text();
    if (mode === "malformed") text = `${text}http_requests_total{code="200" 12\n`;
    if (mode === "no-histogram")
      text = text
        .split("\n")
        .filter((l) => !l.includes("http_request_duration_seconds"))
        .join("\n");
    res.writeHead(200, { "content-type": metrics.contentType }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/metrics`,
    metrics,
    setMode: (m: PrometheusServerMode) => {
      mode = m;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
