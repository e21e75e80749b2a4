import type { ChecklistRunSummaryDto } from "@opsdeck/core";
import Link from "next/link";
import { dayState, monthWeeks } from "@/lib/checklists/calendar";
import { runPath } from "@/lib/checklists/paths";
import { DAY_STATES } from "./day-states";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

type Props = {
  slug: string;
  /** "2026-12" */
  month: string;
  label: string;
  runs: ChecklistRunSummaryDto[];
  /** Today and the day the checklist was created, in its zone. */
  today: string;
  since: string;
};

function Day({
  slug,
  day,
  run,
  today,
  since,
}: { slug: string; day: string; run?: ChecklistRunSummaryDto } & Pick<Props, "today" | "since">) {
  const state = dayState(day, run?.status, today, since);
  const n = Number(day.slice(8));
  const base = `flex h-full min-h-12 flex-col items-center justify-center gap-0.5 rounded-md border p-1 sm:min-h-20 sm:items-start sm:justify-between sm:p-2 ${day === today ? "ring-2 ring-slate-900 ring-offset-1 dark:ring-white dark:ring-offset-slate-900" : ""}`;
  if (state === "blank")
    return <div className={`${base} border-transparent text-slate-500 dark:text-slate-400`}>{n}</div>;
  const { text, Icon, cell } = DAY_STATES[state];
  const by = run?.signedOffByName ? ` by ${run.signedOffByName}` : "";
  const body = (
    <>
      <span className="text-xs font-semibold tabular-nums">{n}</span>
      <span className="flex items-center gap-1 text-xs">
        <Icon className="size-4 shrink-0" aria-hidden />
        <span className="max-sm:sr-only">{text}</span>
      </span>
      {/* The link's name is what it shows, then who signed and the full date. */}
      <span className="sr-only">{`${by}, ${day}`}</span>
    </>
  );
  const name = `${day}: ${text}${by}`;
  return run ? (
    <Link
      href={runPath(slug, day)}
      title={name}
      data-testid={`day-${day}`}
      data-state={state}
      className={`${base} ${cell} hover:brightness-95 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:hover:brightness-125`}
    >
      {body}
    </Link>
  ) : (
    <div
      role="img"
      aria-label={name}
      title={name}
      data-testid={`day-${day}`}
      data-state={state}
      className={`${base} ${cell}`}
    >
      {body}
    </div>
  );
}

/** A month of daily runs, Monday first: each day's state in colour, icon and word, linking to its run. */
export function MonthCalendar({ slug, month, label, runs, today, since }: Props) {
  const byDay = new Map(runs.map((r) => [r.periodKey, r]));
  return (
    <table className="w-full table-fixed border-separate border-spacing-1">
      <caption className="sr-only">{label}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th
              key={d}
              scope="col"
              abbr={d}
              className="pb-1 text-center text-xs font-semibold text-slate-600 dark:text-slate-400"
            >
              <span className="sm:hidden">{d.slice(0, 2)}</span>
              <span className="hidden sm:inline">{d.slice(0, 3)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week.find(Boolean)}>
            {week.map((day, i) => (
              <td key={day ?? `pad-${i}`} className="h-px p-0 align-top">
                {day && <Day slug={slug} day={day} run={byDay.get(day)} today={today} since={since} />}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
