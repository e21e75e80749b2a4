/** Props the report's bar charts share: a light grid, small axis labels and a plain tooltip, in both themes. */
export const GRID = {
  strokeDasharray: "3 3",
  stroke: "currentColor",
  className: "text-slate-200 dark:text-slate-800",
  vertical: false,
} as const;

export const AXIS = { tick: { fontSize: 11, fill: "currentColor" }, className: "text-slate-500" } as const;

export const TOOLTIP = {
  cursor: { fill: "currentColor", className: "text-slate-500/10" },
  contentStyle: { fontSize: 12, background: "var(--tooltip-bg, white)", color: "#0f172a" },
} as const;

export const LEGEND = { wrapperStyle: { fontSize: 12 }, itemSorter: null } as const;
