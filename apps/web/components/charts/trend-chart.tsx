"use client";

import type { TrendSeries } from "@opsdeck/core/database/dto";
import { formatStamp, zoneLabel } from "@opsdeck/core/time/format";
import {
  Area,
  AreaChart,
  CartesianGrid,
  type DotItemDotProps,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTimeZone } from "@/components/shell/time-zone";
import { MarkerKey } from "./markers/marker-key";
import { markerLines } from "./markers/marker-lines";
import { type MarkerScope, useChartMarkers } from "./markers/use-chart-markers";
import { seriesSummary } from "@/lib/charts/series-summary";
import { TOOLTIP_STYLE, timeAxisProps } from "./time-axis";
import { isIsolated } from "@/lib/charts/isolated-points";

const PALETTE = [
  "#059669",
  "#d97706",
  "#2563eb",
  "#dc2626",
  "#7c3aed",
  "#0891b2",
  "#db2777",
  "#65a30d",
  "#475569",
  "#ea580c",
];

/** A dot only where a value has no neighbour to draw a line to (a first sample, one between gaps). */
function isolatedDot(s: TrendSeries, color: string) {
  const values = s.points.map((p) => p.value);
  return (d: DotItemDotProps) =>
    isIsolated(values, d.index) ? <circle cx={d.cx} cy={d.cy} r={3} fill={color} stroke="none" /> : null;
}

type Props = {
  series: readonly TrendSeries[];
  /** A colour per series label; others take the palette's. */
  colors?: Record<string, string>;
  stepSeconds: number;
  label: string;
  /** Whose incidents, deploys and actions are drawn over the range. */
  markers: MarkerScope;
  format: (v: number) => string;
  /** Stacked areas (parts of a whole, such as connections by state) instead of lines. */
  stacked?: boolean;
  /** A horizontal line such as max_connections, drawn once the series come within half of it. */
  limit?: { value: number; label: string } | null;
  /** The value axis; from zero unless given (a ratio's axis ends at 1). */
  domain?: [number | ((min: number) => number), number | ((max: number) => number)];
  /** Shown instead of the chart while nothing has been sampled in the range. */
  empty?: string;
  height?: string;
};

/** Sampled series over the range; a gap where nothing was sampled; the scope's events as markers. */
export function TrendChart({
  series,
  colors,
  stepSeconds,
  label,
  markers: scope,
  format,
  stacked,
  limit,
  domain,
  empty,
  height = "h-40",
}: Props) {
  const zone = useTimeZone();
  const times = series[0]?.points.map((p) => p.at) ?? [];
  const markers = useChartMarkers(
    scope,
    times.length ? Date.parse(times[0] ?? "") : null,
    times.length ? Date.parse(times.at(-1) ?? "") : null,
    stepSeconds,
  );
  if (!series.some((s) => s.points.some((p) => p.value !== null)))
    return (
      <p className="flex h-24 items-center justify-center text-center text-sm text-slate-500 dark:text-slate-400">
        {empty ?? "Nothing sampled in this range yet."}
      </p>
    );
  const data = times.map((at, i) => {
    const row: Record<string, number | null> = { t: Date.parse(at) };
    series.forEach((s, k) => {
      row[`s${k}`] = s.points[i]?.value ?? null;
    });
    return row;
  });
  const Chart = stacked ? AreaChart : LineChart;
  const peak = Math.max(
    ...data.map((row) =>
      series.reduce((sum, _, k) => (stacked ? sum + (row[`s${k}`] ?? 0) : Math.max(sum, row[`s${k}`] ?? 0)), 0),
    ),
  );
  const line = limit && peak >= limit.value / 2 ? limit : null;
  return (
    <figure className="w-full min-w-0" aria-label={label}>
      <div className={`${height} w-full`}>
        <ResponsiveContainer width="100%" height="100%">
          <Chart data={data} margin={{ top: markers.items.length ? 14 : 4, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" className="text-slate-200 dark:text-slate-800" />
            <XAxis {...timeAxisProps(zone, stepSeconds)} />
            <YAxis
              tick={{ fontSize: 11, fill: "currentColor" }}
              tickFormatter={(v: number) => format(v)}
              width={64}
              className="text-slate-500 dark:text-slate-400"
              domain={domain ?? [0, (max: number) => Math.max(max, line?.value ?? 0)]}
              tickCount={4}
            />
            <Tooltip
              labelFormatter={(v) => formatStamp(Number(v), zone)}
              formatter={(v) => (typeof v === "number" ? format(v) : String(v))}
              contentStyle={TOOLTIP_STYLE}
            />
            {series.length > 1 && (
              <Legend
                wrapperStyle={{ fontSize: 12 }}
                // The series' colour marks the icon; the text keeps the page's contrast.
                formatter={(value) => <span className="text-slate-700 dark:text-slate-300">{value}</span>}
              />
            )}
            {line && (
              <ReferenceLine
                y={line.value}
                stroke="#dc2626"
                strokeDasharray="4 4"
                label={{ value: line.label, position: "insideTopRight", fontSize: 11, fill: "#dc2626" }}
              />
            )}
            {series.map((s, k) => {
              const color = colors?.[s.label] ?? PALETTE[k % PALETTE.length] ?? "#475569";
              return stacked ? (
                <Area
                  key={s.label}
                  type="monotone"
                  dataKey={`s${k}`}
                  name={s.label}
                  stackId="1"
                  stroke={color}
                  fill={color}
                  fillOpacity={0.35}
                  dot={isolatedDot(s, color)}
                  isAnimationActive={false}
                  connectNulls={false}
                />
              ) : (
                <Line
                  key={s.label}
                  type="monotone"
                  dataKey={`s${k}`}
                  name={s.label}
                  stroke={color}
                  dot={isolatedDot(s, color)}
                  strokeWidth={1.5}
                  isAnimationActive={false}
                  connectNulls={false}
                />
              );
            })}
            {markerLines(markers.items)}
          </Chart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {seriesSummary(
          series.map((s) => ({ name: s.label, values: s.points.map((p) => p.value) })),
          format,
        )}{" "}
        Times in {times.length ? zoneLabel(times[times.length - 1] ?? "", zone) : zone}.
      </figcaption>
      <MarkerKey markers={markers} />
    </figure>
  );
}
