import { DAY_STATES } from "./day-states";

/** What the calendar's colours and icons mean. */
export function HistoryLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm" aria-label="Legend">
      {Object.values(DAY_STATES).map(({ text, Icon, cell }) => (
        <li key={text} className="flex items-center gap-1.5">
          <span className={`inline-flex size-6 items-center justify-center rounded border ${cell}`}>
            <Icon className="size-4" aria-hidden />
          </span>
          {text}
        </li>
      ))}
    </ul>
  );
}
