import type { THealthRange } from "@opsdeck/core/check/index";
import Link from "next/link";

/** Mirrors core HEALTH_RANGES; kept here so the client bundle does not pull in the schemas. */
export const RANGES: readonly THealthRange[] = ["1h", "24h", "7d", "30d", "90d"];

/** The range lives in the URL (`?range=`), so a link to the page shows what you saw. */
export function RangePicker({ range, ranges = RANGES }: { range: string; ranges?: readonly string[] }) {
  return (
    <nav aria-label="Time range" className="inline-flex rounded-md border border-slate-300 dark:border-slate-700">
      {ranges.map((r) => (
        <Link
          key={r}
          href={`?range=${r}`}
          scroll={false}
          replace
          aria-current={r === range ? "true" : undefined}
          className={`px-2.5 py-1 text-sm first:rounded-l-md last:rounded-r-md ${r === range ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
        >
          {r}
        </Link>
      ))}
    </nav>
  );
}
