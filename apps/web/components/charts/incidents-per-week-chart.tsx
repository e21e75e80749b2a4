"use client";

import type { WeekCount } from "@opsdeck/core/report/index";
import { AXIS, GRID, LEGEND, TOOLTIP } from "@/lib/charts/bar-style";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SEVERITY_COLORS, shortDay } from "@/components/reports/format";

const SEVERITIES = ["P0", "P1", "P2", "P3"] as const;

/** One bar per ISO week, stacked by severity; the figure's table (WeekTable) says the same in text. */
export function IncidentsPerWeekChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const data = weeks.map((w) => ({ ...w.bySeverity, label: shortDay(w.startDay), week: w.week, partial: w.partial }));
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid {...GRID} />
          <XAxis dataKey="label" {...AXIS} minTickGap={12} />
          <YAxis allowDecimals={false} {...AXIS} width={40} />
          <Tooltip
            {...TOOLTIP}
            labelFormatter={(_label, items) => {
              const p = items[0]?.payload as (typeof data)[number] | undefined;
              return p ? `${p.week}, from ${p.label}${p.partial ? " (partly in the period)" : ""}` : "";
            }}
          />
          <Legend {...LEGEND} />
          {SEVERITIES.map((s) => (
            <Bar key={s} dataKey={s} name={s} stackId="severity" fill={SEVERITY_COLORS[s]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
