"use client";

import type { DurationStats, SeverityRow } from "@opsdeck/core/report/index";
import { AXIS, GRID, LEGEND, TOOLTIP } from "@/lib/charts/bar-style";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDuration } from "@/components/incidents/format";
import { durationUnit } from "@/components/reports/format";

type Props = { rows: readonly SeverityRow[]; metric: "mtta" | "mttr" };

const round = (v: number) => Math.round(v * 10) / 10;

/** Median and mean per severity, in the unit the largest reads best in; the severity table holds the figures. */
export function SeverityTimesChart({ rows, metric }: Props) {
  const stats: DurationStats[] = rows.map((r) => r[metric]);
  const unit = durationUnit(Math.max(0, ...stats.flatMap((s) => [s.meanMs ?? 0, s.p50Ms ?? 0])));
  const inUnit = (ms: number | null) => (ms === null ? null : round(ms / unit.ms));
  const data = rows.map((r) => ({
    severity: r.severity,
    median: inUnit(r[metric].p50Ms),
    mean: inUnit(r[metric].meanMs),
  }));
  return (
    <div className="h-48 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -8 }} accessibilityLayer={false}>
          <CartesianGrid {...GRID} />
          <XAxis dataKey="severity" {...AXIS} />
          <YAxis {...AXIS} unit={` ${unit.label}`} width={56} />
          <Tooltip {...TOOLTIP} formatter={(v) => (typeof v === "number" ? formatDuration(v * unit.ms) : "none")} />
          <Legend {...LEGEND} />
          <Bar dataKey="median" name="Median" fill="#059669" isAnimationActive={false} />
          <Bar dataKey="mean" name="Mean" fill="#64748b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
