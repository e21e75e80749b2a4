/// <reference path="./parse-prometheus-text-format.d.ts" />
import parsePrometheusTextFormat, { type MetricFamily } from "parse-prometheus-text-format";
import { type ScrapeProblem, scrapeProblem } from "./problem.ts";

/** Which metrics of the exposition hold the requests and their durations. */
export type MetricNames = {
  /** A counter of requests, e.g. http_requests_total. */
  requestMetric: string;
  /** The label holding the HTTP status; null tries "code", then "status". */
  statusLabel: string | null;
  /** A histogram of request durations, e.g. http_request_duration_seconds. */
  durationMetric: string;
};

/** Cumulative values per series: the key names the series (and for buckets, `le` first). */
export type CounterMap = Record<string, number>;

/** What one scrape read: the request counters, those of 5xx answers, and the duration buckets. */
export type Totals = { requests: CounterMap | null; errors: CounterMap | null; buckets: CounterMap | null };

export type ReadTotals =
  | { ok: true; totals: Totals; problems: ScrapeProblem[] }
  | { ok: false; problem: ScrapeProblem };

const seriesKey = (labels: Record<string, string> | undefined, drop: string[] = []) =>
  JSON.stringify(
    Object.entries(labels ?? {})
      .filter(([k]) => !drop.includes(k))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

const num = (v: string) =>
  v === "+Inf" ? Number.POSITIVE_INFINITY : v === "-Inf" ? Number.NEGATIVE_INFINITY : Number(v);

const list = (families: MetricFamily[]) => {
  const names = [...new Set(families.map((f) => f.name))];
  return names.length > 6 ? `${names.slice(0, 6).join(", ")} and ${names.length - 6} more` : names.join(", ");
};

function readRequests(families: MetricFamily[], names: MetricNames) {
  const family = families.find((f) => f.name === names.requestMetric && f.type !== "HISTOGRAM" && f.type !== "SUMMARY");
  if (!family)
    return {
      problem: scrapeProblem(
        "MISSING_REQUESTS",
        `No ${names.requestMetric} counter in the metrics (found ${list(families)})`,
      ),
    };
  const requests: CounterMap = {};
  const errors: CounterMap = {};
  let withStatus = 0;
  for (const m of family.metrics) {
    if (!("value" in m)) continue;
    const value = num(m.value);
    if (!Number.isFinite(value)) continue;
    const key = seriesKey(m.labels);
    requests[key] = value;
    const status = m.labels?.[names.statusLabel ?? "code"] ?? (names.statusLabel ? undefined : m.labels?.status);
    if (status === undefined) continue;
    withStatus++;
    if (/^5(\d\d|xx)$/i.test(status)) errors[key] = value;
  }
  if (family.metrics.length > 0 && withStatus === 0) {
    const label = names.statusLabel ? `a "${names.statusLabel}" label` : `a "code" or "status" label`;
    return {
      requests,
      problem: scrapeProblem(
        "MISSING_STATUS",
        `${names.requestMetric} has no ${label}, so 5xx answers cannot be told apart`,
      ),
    };
  }
  return { requests, errors };
}

/** Each label set's buckets, from the `<name>_bucket` samples. */
function readBuckets(families: MetricFamily[], name: string): CounterMap | null {
  const out: CounterMap = {};
  // Without a TYPE line each label set's run of `_bucket` lines is a family of its own.
  for (const m of families.filter((f) => f.name === `${name}_bucket`).flatMap((f) => f.metrics)) {
    if (!("value" in m) || m.labels?.le === undefined) continue;
    const v = num(m.value);
    if (Number.isFinite(v) && !Number.isNaN(num(m.labels.le))) out[`${m.labels.le} ${seriesKey(m.labels, ["le"])}`] = v;
  }
  return Object.keys(out).length ? out : null;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The parser merges a histogram's label sets into one (the last wins), so the duration histogram's
 * TYPE line is left out: its `_bucket` samples then come back one per label set, as untyped samples.
 */
const histogramType = (name: string) => new RegExp(`^#\\s*TYPE\\s+${escapeRegExp(name)}\\s+histogram\\s*$`, "gm");

/**
 * Parse a Prometheus text exposition and pick out the request counters and duration buckets. A body
 * that does not parse, or holds no metric, is the scrape's problem; a missing counter, status label or
 * histogram is a problem of the figures it feeds, and the others are still read.
 */
export function readTotals(text: string, names: MetricNames): ReadTotals {
  let families: MetricFamily[];
  try {
    // The format ends each line with \n; the parser drops a last line without one, so one is added.
    const body = text.endsWith("\n") ? text : `${text}\n`;
    families = parsePrometheusTextFormat(body.replace(histogramType(names.durationMetric), ""));
  } catch (err) {
    const detail = String((err as Error).message ?? err).slice(0, 200);
    return {
      ok: false,
      problem: scrapeProblem("MALFORMED", `The answer is not in the Prometheus text format (${detail})`),
    };
  }
  // The parser takes any word for a name (an HTML page comes back as one metric), so names are checked here.
  const bad = families.find((f) => !METRIC_NAME.test(f.name));
  if (bad)
    return {
      ok: false,
      problem: scrapeProblem(
        "MALFORMED",
        `The answer is not in the Prometheus text format ("${bad.name.slice(0, 60)}" is not a metric): is this the endpoint's metrics URL?`,
      ),
    };
  if (families.length === 0)
    return {
      ok: false,
      problem: scrapeProblem("EMPTY", "The answer holds no Prometheus metrics: is this the endpoint's metrics URL?"),
    };
  const problems: ScrapeProblem[] = [];
  const r = readRequests(families, names);
  if (r.problem) problems.push(r.problem);
  // A histogram declared without samples (no request yet) is there, only empty.
  const buckets =
    readBuckets(families, names.durationMetric) ?? (histogramType(names.durationMetric).test(text) ? {} : null);
  if (!buckets)
    problems.push(
      scrapeProblem(
        "MISSING_HISTOGRAM",
        `No ${names.durationMetric} histogram (its _bucket series) in the metrics, so latency percentiles cannot be computed`,
      ),
    );
  return { ok: true, totals: { requests: r.requests ?? null, errors: r.errors ?? null, buckets }, problems };
}
