import Link from "next/link";
import { SERVICE_SORTS, type ServiceSort } from "@/lib/services/sort";

/** Sort orders as links: the order lives in the URL (?sort=), next to the search. */
export function ServiceSortLinks({ sort, q }: { sort: ServiceSort; q: string }) {
  const href = (key: ServiceSort) => `/services?${new URLSearchParams({ ...(q && { q }), ...(key !== "tier" && { sort: key }) })}`;
  return (
    <nav aria-label="Sort services" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-500 dark:text-slate-400">Sort by</span>
      {SERVICE_SORTS.map(([key, label]) => (
        <Link
          key={key}
          href={href(key)}
          aria-current={key === sort ? "true" : undefined}
          className={`rounded-full border px-3 py-1 ${key === sort ? "border-slate-800 bg-slate-800 text-white dark:border-slate-200 dark:bg-slate-200 dark:text-slate-900" : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"}`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
