"use client";

import type { LatencyPoint } from "@opsdeck/core/check/index";
import { formatStamp, zoneLabel } from "@opsdeck/core/time/format";
import {
  CartesianGrid,
  type DotItemDotProps,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTimeZone } from "@/components/shell/time-zone";
import { MarkerKey } from "./markers/marker-key";
import { markerLines } from "./markers/marker-lines";
import { type MarkerScope, useChartMarkers } from "./markers/use-chart-markers";
import { TOOLTIP_STYLE, timeAxisProps } from "./time-axis";
import { historyNote } from "@/lib/charts/history-note";
import { isIsolated } from "@/lib/charts/isolated-points";
import { seriesSummary } from "@/lib/charts/series-summary";

const LINES = [
  { key: "p50Ms", name: "p50", color: "#059669" },
  { key: "p95Ms", name: "p95", color: "#d97706" },
  { key: "p99Ms", name: "p99", color: "#dc2626" },
] as const;

/** A dot only where a value has no neighbour to draw a line to, so dense series stay clean. */
function isolatedDot(points: readonly LatencyPoint[], key: (typeof LINES)[number]["key"], color: string) {
  const values = points.map((p) => p[key]);
  return (d: DotItemDotProps) =>
    isIsolated(values, d.index) ? <circle cx={d.cx} cy={d.cy} r={3} fill={color} stroke="none" /> : null;
}

/**
 * p50 / p95 / p99 latency per bucket; gaps where nothing answered, a dot for a bucket between gaps; the
 * scope's incidents, deploys and actions of the range as markers.
 */
export function LatencyChart({
  points,
  bucketSeconds,
  label,
  markers: scope,
}: {
  points: readonly LatencyPoint[];
  bucketSeconds: number;
  label: string;
  markers: MarkerScope;
}) {
  const zone = useTimeZone();
  const data = points.map((p) => ({ ...p, t: Date.parse(p.at) }));
  const markers = useChartMarkers(scope, data[0]?.t ?? null, data.at(-1)?.t ?? null, bucketSeconds);
  if (!points.some((p) => p.p50Ms !== null)) {
    return (
      <p className="flex h-40 items-center justify-center text-sm text-slate-500 dark:text-slate-400">
        No latency recorded in this range.
      </p>
    );
  }
  const note = historyNote(points, bucketSeconds);
  const last = points[points.length - 1];
  return (
    <figure className="w-full min-w-0" aria-label={label}>
      <div className="h-48 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: markers.items.length ? 14 : 4, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" className="text-slate-200 dark:text-slate-800" />
            <XAxis {...timeAxisProps(zone, bucketSeconds)} />
            <YAxis
              tick={{ fontSize: 11, fill: "currentColor" }}
              unit=" ms"
              width={60}
              allowDecimals={false}
              className="text-slate-500 dark:text-slate-400"
            />
            <Tooltip
              labelFormatter={(v) => formatStamp(Number(v), zone)}
              formatter={(v) => `${v} ms`}
              contentStyle={TOOLTIP_STYLE}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {LINES.map((l) => (
              <Line
                key={l.key}
                type="monotone"
                dataKey={l.key}
                name={l.name}
                stroke={l.color}
                dot={isolatedDot(points, l.key, l.color)}
                strokeWidth={1.5}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
            {markerLines(markers.items)}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {seriesSummary(
          LINES.map((l) => ({ name: l.name, values: points.map((p) => p[l.key]) })),
          (v) => `${Math.round(v)} ms`,
        )}{" "}
        Times in {last ? zoneLabel(last.at, zone) : zone}.{note && ` ${note}`}
      </figcaption>
      <MarkerKey markers={markers} />
    </figure>
  );
}
