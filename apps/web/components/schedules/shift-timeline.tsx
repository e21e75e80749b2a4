"use client";

import { formatStamp } from "@opsdeck/core/time/format";
import type { TimelineDto } from "@opsdeck/core/schedule/timeline";
import type { PersonColour } from "./person-colours";
import { personName } from "./person-name";
import { dayTicks, percentOf } from "./timeline-days";

/** "Dec 3 – Dec 30": the first and last day drawn, in the schedule's zone. */
export function TimelineRange({ timeline, zone }: { timeline: TimelineDto; zone: string }) {
  const ticks = dayTicks(Date.parse(timeline.from), Date.parse(timeline.to), zone);
  return (
    <>
      {ticks[0]?.label} – {ticks.at(-1)?.label}
    </>
  );
}

type Props = { timeline: TimelineDto; zone: string; now: number; colours: Map<string, PersonColour> };

const STRIPES =
  "bg-[repeating-linear-gradient(135deg,transparent_0_6px,rgb(0_0_0/0.12)_6px_9px)] dark:bg-[repeating-linear-gradient(135deg,transparent_0_6px,rgb(255_255_255/0.18)_6px_9px)]";

/**
 * The coming weeks drawn to the width it has: a row per layer, each shift a bar in its person's colour
 * with their name on it, overrides dashed and striped, day ticks in the schedule's zone and a now line.
 */
export function ShiftTimeline({ timeline, zone, now, colours }: Props) {
  const from = Date.parse(timeline.from);
  const to = Date.parse(timeline.to);
  const at = (t: number) => percentOf(t, from, to);
  const ticks = dayTicks(from, to, zone);
  return (
    <div className="relative overflow-hidden">
      <div
        className="relative h-9 border-b border-slate-200 text-[11px] text-slate-600 dark:border-slate-700 dark:text-slate-400"
        aria-hidden
      >
        {ticks.map((d) => (
          // Every day from lg up (its number; the range above names the months), else Mondays by date,
          // the last of them ending at its line when it is too near the edge to start there.
          <span
            key={d.at}
            className={`absolute top-0 flex-col pl-0.5 leading-tight ${d.monday ? "flex" : "hidden lg:flex"} ${
              d.at - from > (to - from) * 0.85
                ? "max-lg:-translate-x-full max-lg:items-end max-lg:pr-0.5 max-lg:pl-0"
                : ""
            }`}
            style={{ left: at(d.at) }}
          >
            <span>{d.weekday}</span>
            <span className="whitespace-nowrap">
              <span className={d.monday ? "lg:hidden" : "hidden"}>{d.label}</span>
              <span className={d.monday ? "hidden lg:inline" : ""}>{d.day}</span>
            </span>
          </span>
        ))}
      </div>
      <div className="relative pb-6">
        {ticks.map((d) => (
          <span
            key={d.at}
            aria-hidden
            className={`absolute inset-y-0 w-px ${d.monday ? "bg-slate-300 dark:bg-slate-600" : "hidden bg-slate-100 sm:block dark:bg-slate-800"}`}
            style={{ left: at(d.at) }}
          />
        ))}
        {timeline.layers.map((layer) => (
          <div key={layer.name} className="relative pt-2 pb-1">
            <p className="relative mb-1 text-xs font-semibold capitalize">{layer.name}</p>
            <ul aria-label={`${layer.name} shifts`} className="relative h-9">
              {layer.shifts.map((s) => {
                const start = Date.parse(s.startsAt);
                const end = Date.parse(s.endsAt);
                const c = colours.get(s.user.email);
                const name = personName(s.user);
                const span = `${formatStamp(start, zone)} to ${formatStamp(end, zone)}`;
                return (
                  <li
                    key={`${s.startsAt}-${s.user.email}`}
                    data-override={s.override || undefined}
                    title={`${name}${s.override ? " (override)" : ""}: ${span}`}
                    className={`absolute inset-y-0 overflow-hidden rounded-sm px-1 text-xs leading-9 font-medium whitespace-nowrap ${c?.bar ?? ""} ${
                      s.override ? `border-2 border-dashed border-current ${STRIPES}` : "border-l-4"
                    }`}
                    style={{ left: at(start), width: `calc(${at(end)} - ${at(start)})` }}
                  >
                    {name}
                    <span className="sr-only">
                      {s.override ? ", override" : ""}, {span}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {now >= from && now < to && (
          <div
            aria-hidden
            className="absolute top-0 bottom-0 w-0.5 bg-red-600 dark:bg-red-400"
            style={{ left: at(now) }}
          >
            <span className="absolute bottom-0 -left-0.5 rounded bg-red-700 px-1 text-[10px] font-semibold text-white dark:bg-red-400 dark:text-slate-950">
              now
            </span>
          </div>
        )}
      </div>
    </div>
  );
}
