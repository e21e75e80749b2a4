import type { AlertAction, AlertAggregation, AlertComparator, Severity } from "@opsdeck/db";

export type AlertPreset = {
  key: string;
  name: string;
  /** What the runbook asks for, in words. */
  summary: string;
  series: string;
  labels: string;
  aggregation: AlertAggregation;
  windowSeconds: number;
  comparator: AlertComparator;
  threshold: number;
  forSeconds: number;
  severity: Severity;
  action: AlertAction;
  weekdaysOnly: boolean;
};

const MIN = 60;
const HOUR = 3_600;

/** The runbooks' alert thresholds, over the series the samplers write. */
export const ALERT_PRESETS = [
  {
    key: "error-rate",
    name: "5xx error rate above 5 %",
    summary: "More than 5 % of a service's requests fail with a 5xx for 5 minutes.",
    series: "app.error_rate",
    labels: "",
    aggregation: "AVG",
    windowSeconds: 2 * MIN,
    comparator: "GT",
    threshold: 5,
    forSeconds: 5 * MIN,
    severity: "P1",
    action: "INCIDENT_NOTIFY",
    weekdaysOnly: false,
  },
  {
    key: "latency-p95",
    name: "p95 latency above 2 s",
    summary: "A service's 95th percentile response time stays over 2 seconds for 10 minutes.",
    series: "app.latency_p95",
    labels: "",
    aggregation: "AVG",
    windowSeconds: 2 * MIN,
    comparator: "GT",
    threshold: 2_000,
    forSeconds: 10 * MIN,
    severity: "P2",
    action: "INCIDENT_NOTIFY",
    weekdaysOnly: false,
  },
  {
    key: "db-connections",
    name: "Database connections above 80 % of max",
    summary: "A database server's connections exceed 80 % of max_connections for 5 minutes.",
    series: "pg.connection_usage",
    labels: "",
    aggregation: "MAX",
    windowSeconds: 3 * MIN,
    comparator: "GT",
    threshold: 80,
    forSeconds: 5 * MIN,
    severity: "P2",
    action: "INCIDENT_NOTIFY",
    weekdaysOnly: false,
  },
  {
    key: "stripe-webhook-failures",
    name: "Stripe webhook failures above 10 in an hour",
    summary: "More than 10 Stripe webhook deliveries failed in the last hour.",
    series: "stripe.webhook_failures",
    labels: "",
    aggregation: "SUM",
    windowSeconds: HOUR,
    comparator: "GT",
    threshold: 10,
    forSeconds: 0,
    severity: "P2",
    action: "INCIDENT_NOTIFY",
    weekdaysOnly: false,
  },
  {
    key: "no-charges",
    name: "No successful charge in 24 hours",
    summary: "Stripe recorded no successful charge in a day, judged on weekdays only.",
    series: "stripe.charges_succeeded",
    labels: "",
    aggregation: "SUM",
    windowSeconds: 24 * HOUR,
    comparator: "LT",
    threshold: 1,
    forSeconds: 0,
    severity: "P2",
    action: "INCIDENT",
    weekdaysOnly: true,
  },
  {
    key: "tls-expiry",
    name: "TLS certificate expiring within 14 days",
    summary: "A TLS check's certificate has fewer than 14 days left.",
    series: "tls.days_remaining",
    labels: "",
    aggregation: "LAST",
    windowSeconds: 2 * 24 * HOUR,
    comparator: "LT",
    threshold: 14,
    forSeconds: 0,
    severity: "P3",
    action: "INCIDENT",
    weekdaysOnly: false,
  },
] as const satisfies readonly AlertPreset[];

export const PRESET_KEYS = ALERT_PRESETS.map((p) => p.key) as [string, ...string[]];

export const presetOf = (key: string): AlertPreset | undefined => ALERT_PRESETS.find((p) => p.key === key);
