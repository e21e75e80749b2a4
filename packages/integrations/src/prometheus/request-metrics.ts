import { Counter, Histogram, Registry } from "prom-client";

/** Duration buckets in seconds, as prom-client's defaults but finer below 100 ms. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * An app's request metrics in the Prometheus text format, as a typical instrumented web app
 * exposes them: http_requests_total{method,route,code} and http_request_duration_seconds{method,route}.
 */
export function requestMetrics() {
  const registry = new Registry();
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by method, route and status code.",
    labelNames: ["method", "route", "code"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer an HTTP request.",
    labelNames: ["method", "route"] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  return {
    contentType: registry.contentType,
    /** Count one answered request. */
    observe(route: string, code: number, seconds: number, method = "GET") {
      requests.inc({ method, route, code: String(code) });
      duration.observe({ method, route }, seconds);
    },
    /** Forget every count, as a restarted app does. */
    reset: () => registry.resetMetrics(),
    text: () => registry.metrics(),
  };
}
export type RequestMetrics = ReturnType<typeof requestMetrics>;
