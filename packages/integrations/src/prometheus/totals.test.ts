import { describe, expect, it } from "vitest";
import { requestMetrics } from "./request-metrics.ts";
import { type MetricNames, readTotals } from "./totals.ts";

const names: MetricNames = {
  requestMetric: "http_requests_total",
  statusLabel: null,
  durationMetric: "http_request_duration_seconds",
};

const ok = (text: string, n = names) => {
  const r = readTotals(text, n);
  if (!r.ok) throw new Error(r.problem.message);
  return r;
};

describe("readTotals", () => {
  it("reads prom-client's request counters, the 5xx ones and the duration buckets per label set", async () => {
    const m = requestMetrics();
    m.observe("/", 200, 0.02);
    m.observe("/", 200, 0.2);
    m.observe("/cart", 503, 1.5, "POST");
    const r = ok(await m.text());
    expect(r.problems).toEqual([]);
    expect(Object.values(r.totals.requests ?? {}).sort()).toEqual([1, 2]);
    expect(Object.values(r.totals.errors ?? {})).toEqual([1]);
    const buckets = r.totals.buckets ?? {};
    const get = (le: string, route: string, method = "GET") =>
      buckets[
        `${le} ${JSON.stringify([
          ["method", method],
          ["route", route],
        ])}`
      ];
    expect(get("0.025", "/")).toBe(1);
    expect(get("0.25", "/")).toBe(2);
    expect(get("+Inf", "/")).toBe(2);
    expect(get("1", "/cart", "POST")).toBe(0);
    expect(get("2.5", "/cart", "POST")).toBe(1);
  });

  it('takes the status from "status" when there is no "code", or from the label named', () => {
    const text = 'reqs{status="500"} 2\nreqs{status="200"} 8\nreqs{status="5xx",kind="x"} 1\n';
    const r = ok(text, { ...names, requestMetric: "reqs" });
    expect(Object.values(r.totals.errors ?? {}).sort()).toEqual([1, 2]);
    const named = ok('reqs{http_status="502"} 3\n', { ...names, requestMetric: "reqs", statusLabel: "http_status" });
    expect(Object.values(named.totals.errors ?? {})).toEqual([3]);
  });

  it("reads untyped _bucket samples as the histogram", () => {
    const text = 'lat_bucket{le="0.1"} 4\nlat_bucket{le="+Inf"} 5\nlat_count 5\nhttp_requests_total{code="200"} 5\n';
    const r = ok(text, { ...names, durationMetric: "lat" });
    expect(r.totals.buckets).toEqual({ "0.1 []": 4, "+Inf []": 5 });
    expect(r.problems).toEqual([]);
  });

  it("takes a histogram declared without samples (no request yet) as empty, not missing", () => {
    const r = ok("# TYPE http_requests_total counter\n# TYPE http_request_duration_seconds histogram\n");
    expect(r).toMatchObject({ problems: [], totals: { requests: {}, buckets: {} } });
  });

  it("names what is missing: the request counter (with what was found), the status label, the histogram", () => {
    const r = ok("process_cpu_seconds_total 3\nnodejs_heap_bytes 10\n");
    expect(r.problems.map((p) => p.code)).toEqual(["MISSING_REQUESTS", "MISSING_HISTOGRAM"]);
    expect(r.problems[0]?.message).toBe(
      "No http_requests_total counter in the metrics (found process_cpu_seconds_total, nodejs_heap_bytes)",
    );
    expect(r.totals.requests).toBeNull();
    const noStatus = ok('http_requests_total{route="/"} 3\n');
    expect(noStatus.problems[0]).toMatchObject({ code: "MISSING_STATUS" });
    expect(noStatus.totals).toMatchObject({ requests: { '[["route","/"]]': 3 }, errors: null });
  });

  it("refuses a body that is not the text format, or holds no metric", () => {
    expect(readTotals('http_requests_total{code="200" 12\n', names)).toMatchObject({
      ok: false,
      problem: { code: "MALFORMED", message: expect.stringContaining("not in the Prometheus text format") },
    });
    expect(readTotals("<html>Sign-in</html>", names)).toMatchObject({
      ok: false,
      problem: { code: "MALFORMED", message: expect.stringContaining('"<html>Sign-in</html>" is not a metric') },
    });
    expect(readTotals("# just a comment\n", names)).toMatchObject({ ok: false, problem: { code: "EMPTY" } });
    expect(readTotals("", names)).toMatchObject({ ok: false, problem: { code: "EMPTY" } });
  });
});
