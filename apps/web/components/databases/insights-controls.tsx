import Link from "next/link";
import { RANGES } from "@/components/health/range-picker";
import { formatDuration } from "./format";

/** Mirrors core LONG_RUNNING_CHOICES; kept here so the client bundle does not pull in the schemas. */
export const LONG_CHOICES = [5, 30, 60, 300, 900] as const;

type Props = { range: string; long: number };

const href = (range: string, long: number) => `?range=${range}&long=${long}`;

function Segmented<T extends string | number>({
  label,
  items,
  current,
  link,
  text,
}: {
  label: string;
  items: readonly T[];
  current: T;
  link: (v: T) => string;
  text: (v: T) => string;
}) {
  return (
    <nav aria-label={label} className="inline-flex rounded-md border border-slate-300 dark:border-slate-700">
      {items.map((v) => (
        <Link
          key={v}
          href={link(v)}
          scroll={false}
          replace
          aria-current={v === current ? "true" : undefined}
          className={`px-2.5 py-1 text-sm first:rounded-l-md last:rounded-r-md ${v === current ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
        >
          {text(v)}
        </Link>
      ))}
    </nav>
  );
}

/** The range of the trends and slow queries, and the long-running threshold, both in the URL. */
export function InsightsControls({ range, long }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Segmented label="Time range" items={RANGES} current={range} link={(r) => href(r, long)} text={(r) => r} />
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-600 dark:text-slate-400">Long-running over</span>
        <Segmented
          label="Long-running threshold"
          items={LONG_CHOICES}
          current={long as (typeof LONG_CHOICES)[number]}
          link={(s) => href(range, s)}
          text={(s) => formatDuration(s * 1000)}
        />
      </div>
    </div>
  );
}
