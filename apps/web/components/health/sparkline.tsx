const W = 120;
const H = 24;

/**
 * Mean latency per minute as one SVG polyline: thousands of these stay cheap, unlike chart
 * components. Gaps (no successful run) break the line.
 */
export function Sparkline({ points, label }: { points: readonly (number | null)[]; label: string }) {
  const values = points.filter((p): p is number => p !== null);
  if (values.length === 0) {
    return <div className="h-6 text-xs text-slate-500 dark:text-slate-400">no latency yet</div>;
  }
  const max = Math.max(...values, 1);
  const step = points.length > 1 ? W / (points.length - 1) : W;
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
      return;
    }
    current.push(`${(i * step).toFixed(1)},${(H - 1 - (p / max) * (H - 2)).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(" "));
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      className="h-6 w-full text-emerald-600 dark:text-emerald-400"
      role="img"
      aria-label={label}
    >
      {segments.map((s) =>
        s.includes(" ") ? (
          <polyline
            key={s}
            points={s}
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            vectorEffect="non-scaling-stroke"
          />
        ) : (
          <circle key={s} cx={s.split(",")[0]} cy={s.split(",")[1]} r="1.2" fill="currentColor" />
        ),
      )}
    </svg>
  );
}
