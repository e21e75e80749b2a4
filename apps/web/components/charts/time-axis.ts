import { formatAxisTick } from "@opsdeck/core/time/format";

/** The time axis every time chart shares: epoch-ms `t`, ticks in the viewer's zone at the bucket's scale. */
export const timeAxisProps = (zone: string, bucketSeconds: number) =>
  ({
    dataKey: "t",
    type: "number",
    scale: "time",
    domain: ["dataMin", "dataMax"],
    tickFormatter: (v: number) => formatAxisTick(v, zone, bucketSeconds),
    tick: { fontSize: 11, fill: "currentColor" },
    minTickGap: 24,
    className: "text-slate-500",
  }) as const;

export const TOOLTIP_STYLE = { fontSize: 12, background: "var(--tooltip-bg, white)", color: "#0f172a" };
