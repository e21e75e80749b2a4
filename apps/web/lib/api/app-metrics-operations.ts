import { ZAppMetricsBody, ZAppMetricsQuery } from "./app-metrics-inputs.ts";
import { ZAppMetricsEndpointOut, ZAppMetricsOut, ZAppMetricsRemovedOut } from "./app-metrics-schemas.ts";
import { ZServiceSlugParam } from "./inputs.ts";
import { op } from "./openapi.ts";

/** A service's Prometheus metrics endpoint and the app.* series scraped from it. */
export const appMetricsOperations = {
  getAppMetrics: op({
    method: "get",
    path: "/api/v1/services/{slug}/app-metrics",
    summary:
      "A service's metrics endpoint (never its token), the last scrape's problems, and its request rate, 5xx percent and latency percentiles over the range",
    tag: "services",
    role: "VIEWER",
    params: ZServiceSlugParam,
    query: ZAppMetricsQuery,
    response: ZAppMetricsOut,
  }),
  setAppMetrics: op({
    method: "put",
    path: "/api/v1/services/{slug}/app-metrics",
    summary:
      "Set the Prometheus text endpoint the worker scrapes for the service (a token left out is kept; null or empty removes it)",
    tag: "services",
    role: "RESPONDER",
    params: ZServiceSlugParam,
    body: ZAppMetricsBody,
    response: ZAppMetricsEndpointOut,
  }),
  removeAppMetrics: op({
    method: "delete",
    path: "/api/v1/services/{slug}/app-metrics",
    summary: "Stop scraping the service's metrics endpoint (the series written so far stay)",
    tag: "services",
    role: "RESPONDER",
    params: ZServiceSlugParam,
    response: ZAppMetricsRemovedOut,
    errors: { 404: "No such service, or it has no metrics endpoint" },
  }),
};
