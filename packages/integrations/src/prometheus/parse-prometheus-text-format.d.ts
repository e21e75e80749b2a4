declare module "parse-prometheus-text-format" {
  type Labels = Record<string, string>;
  type Sample = { value: string; labels?: Labels; timestamp_ms?: string };
  type HistogramSample = { buckets: Record<string, string>; count: string; sum: string; labels?: Labels };
  type SummarySample = { quantiles: Record<string, string>; count: string; sum: string; labels?: Labels };
  export type MetricFamily = {
    name: string;
    help: string;
    type: "COUNTER" | "GAUGE" | "HISTOGRAM" | "SUMMARY" | "UNTYPED";
    metrics: Array<Sample | HistogramSample | SummarySample>;
  };
  /** Throws on a line it cannot read ("Encountered invalid line: …"). */
  export default function parsePrometheusTextFormat(text: string): MetricFamily[];
}
