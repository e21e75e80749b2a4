/** The series the app-metrics scraper writes, each labelled { service: <slug> }. */
export const APP_SERIES = {
  requestRate: "app.request_rate",
  errorRate: "app.error_rate",
  latencyP50: "app.latency_p50",
  latencyP95: "app.latency_p95",
  latencyP99: "app.latency_p99",
} as const;

export const APP_SERIES_UNITS: Record<string, string> = {
  [APP_SERIES.requestRate]: "req/s",
  [APP_SERIES.errorRate]: "percent",
  [APP_SERIES.latencyP50]: "ms",
  [APP_SERIES.latencyP95]: "ms",
  [APP_SERIES.latencyP99]: "ms",
};

export const DEFAULT_METRIC_NAMES = {
  requestMetric: "http_requests_total",
  statusLabel: null,
  durationMetric: "http_request_duration_seconds",
} as const;
