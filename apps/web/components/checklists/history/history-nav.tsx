import Link from "next/link";
import { type HistoryRange, rangeLabel } from "@/lib/checklists/history-range";
import { exportPath, historyPath } from "@/lib/checklists/paths";

const LINK = "rounded-sm font-medium text-emerald-700 hover:underline dark:text-emerald-400";

/** "Oct" (or a year) on screen, "October 2026" for a screen reader. */
function Short({ range, at }: { range: HistoryRange; at: string }) {
  const full = rangeLabel(at);
  return (
    <>
      <span aria-hidden>{range.unit === "month" ? full.slice(0, 3) : at}</span>
      <span className="sr-only">{full}</span>
    </>
  );
}

/** Previous and next month (or year) around the shown one's name. */
export function HistoryNav({ slug, range }: { slug: string; range: HistoryRange }) {
  return (
    <nav aria-label={`Earlier and later ${range.unit}s`} className="flex items-center justify-between gap-2 text-sm">
      <Link href={historyPath(slug, { unit: range.unit, key: range.prev })} className={LINK} rel="prev">
        ← <Short range={range} at={range.prev} />
      </Link>
      <h2 className="text-lg font-semibold" aria-live="polite">
        {range.label}
      </h2>
      {range.next ? (
        <Link href={historyPath(slug, { unit: range.unit, key: range.next })} className={LINK} rel="next">
          <Short range={range} at={range.next} /> →
        </Link>
      ) : (
        <span className="text-slate-500 dark:text-slate-400" aria-hidden>
          —
        </span>
      )}
    </nav>
  );
}

/** The shown range's runs as CSV or Markdown, from the API's export. */
export function ExportLinks({ slug, range }: { slug: string; range: HistoryRange }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-slate-600 dark:text-slate-400">Export {range.label}:</span>
      <a href={exportPath(slug, range.from, range.to, "csv")} download className={LINK}>
        CSV
      </a>
      <a href={exportPath(slug, range.from, range.to, "md")} download className={LINK}>
        Markdown
      </a>
    </p>
  );
}
