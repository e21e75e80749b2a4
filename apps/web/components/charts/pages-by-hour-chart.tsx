"use client";

import type { HourBucket } from "@opsdeck/core/oncall-report/index";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { hourLabel } from "@/components/reports/oncall/format";
import { AXIS, GRID, LEGEND, TOOLTIP } from "@/lib/charts/bar-style";

/** Pages per hour of the day, night hours in their own colour; the figure's table says the same in text. */
export function PagesByHourChart({ hours }: { hours: readonly HourBucket[] }) {
  const data = hours.map((h) => ({
    label: hourLabel(h.hour),
    day: h.night ? 0 : h.pages,
    night: h.night ? h.pages : 0,
  }));
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid {...GRID} />
          <XAxis dataKey="label" {...AXIS} minTickGap={8} />
          <YAxis allowDecimals={false} {...AXIS} width={40} />
          <Tooltip {...TOOLTIP} />
          <Legend {...LEGEND} />
          <Bar dataKey="day" name="Day pages" stackId="pages" fill="#059669" isAnimationActive={false} />
          <Bar dataKey="night" name="Night pages" stackId="pages" fill="#6366f1" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
