import Link from "next/link";

export const STATUS_FILTERS = [
  { value: "open", label: "Open" },
  { value: "resolved", label: "Resolved" },
  { value: "all", label: "All" },
] as const;
export const SEVERITY_FILTERS = ["P0", "P1", "P2", "P3"] as const;

export type StatusFilter = (typeof STATUS_FILTERS)[number]["value"];
export type SeverityFilter = (typeof SEVERITY_FILTERS)[number];

const href = (status: StatusFilter, severity: SeverityFilter | null) =>
  `/incidents?${new URLSearchParams({ status, ...(severity && { severity }) })}`;

/** A filter link's look: filled while it is the one shown. */
export const pill = (active: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium ${
    active
      ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
      : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
  }`;

/** Status tabs and severity chips as plain links: every filtered view has its own URL. */
export function IncidentFilters({ status, severity }: { status: StatusFilter; severity: SeverityFilter | null }) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-6 gap-y-2">
      <nav aria-label="Incident status" className="card flex gap-1 p-1">
        {STATUS_FILTERS.map((s) => (
          <Link key={s.value} href={href(s.value, severity)} aria-current={s.value === status ? "page" : undefined} className={pill(s.value === status)}>
            {s.label}
          </Link>
        ))}
      </nav>
      <nav aria-label="Severity" className="flex flex-wrap items-center gap-1">
        <span className="mr-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Severity</span>
        <Link href={href(status, null)} aria-current={severity === null ? "page" : undefined} className={pill(severity === null)}>
          Any
        </Link>
        {SEVERITY_FILTERS.map((s) => (
          <Link key={s} href={href(status, s)} aria-current={s === severity ? "page" : undefined} className={pill(s === severity)}>
            {s}
          </Link>
        ))}
      </nav>
    </div>
  );
}
