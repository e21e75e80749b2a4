import type { MarkerKind } from "@opsdeck/core/marker/dto";
import Link from "next/link";
import { Time } from "@/components/ui/time";
import { MarkerGlyph } from "./glyph";
import { MARKER_STYLE } from "./styles";
import type { ChartMarkers } from "./use-chart-markers";

/** A short sample of a kind's marker, its shape on its line, as the chart draws it. */
function Swatch({ kind }: { kind: MarkerKind }) {
  const s = MARKER_STYLE[kind];
  return (
    <svg width="12" height="24" viewBox="0 0 12 24" aria-hidden="true" className={`shrink-0 ${s.color}`}>
      <MarkerGlyph kind={kind} x={6} y={11} />
      <line
        x1="6"
        y1="11"
        x2="6"
        y2="24"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeDasharray={s.dash || undefined}
      />
    </svg>
  );
}

/**
 * Under a chart: the legend of the marker kinds it shows, and the same events as text (time, what,
 * a link to the incident or run) for those who cannot see the lines.
 */
export function MarkerKey({ markers }: { markers: ChartMarkers }) {
  const { items, more, failed } = markers;
  if (failed && !items.length)
    return <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Events in this range could not be read.</p>;
  if (!items.length) return null;
  const kinds = (Object.keys(MARKER_STYLE) as MarkerKind[]).filter((k) => items.some((m) => m.kind === k));
  return (
    <div className="mt-1 flex min-w-0 flex-col gap-1 text-xs text-slate-700 dark:text-slate-300">
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Event markers">
        {kinds.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <Swatch kind={k} />
            {MARKER_STYLE[k].name}
          </li>
        ))}
      </ul>
      <details className="min-w-0">
        <summary className="cursor-pointer py-1 text-slate-700 dark:text-slate-300">
          Events in this range: {items.length}
          {more && " (the first shown; narrow the range for the rest)"}
        </summary>
        <ul className="flex flex-col gap-1 pl-1">
          {items.map((m) => (
            <li key={m.id} className="flex min-w-0 items-center gap-2">
              <Swatch kind={m.kind} />
              <span className="flex min-w-0 flex-wrap gap-x-2">
                <Time iso={m.at} className="tabular-nums text-slate-600 dark:text-slate-400" />
                <Link href={m.href} className="min-w-0 break-words hover:underline">
                  {m.label}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
