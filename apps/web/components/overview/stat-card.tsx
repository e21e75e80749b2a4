import type { ReactNode } from "react";
import { IntentLink } from "@/components/ui/intent-link";

type Props = {
  label: string;
  value: ReactNode;
  href?: string;
  linkLabel?: string;
  alert?: boolean;
  children?: ReactNode;
};

/** One number on the overview, with what it means underneath and where to look next. */
export function StatCard({ label, value, href, linkLabel, alert = false, children }: Props) {
  return (
    <section
      className={`card flex min-w-0 flex-col gap-2 p-3 sm:p-4 ${alert ? "border-red-300 dark:border-red-500/50" : ""}`}
    >
      <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</h2>
      <p className={`text-2xl font-semibold tabular-nums sm:text-3xl ${alert ? "text-red-700 dark:text-red-400" : ""}`}>
        {value}
      </p>
      {children && <div className="min-w-0 text-sm text-slate-600 dark:text-slate-300">{children}</div>}
      {href && (
        <IntentLink
          href={href}
          className="mt-auto text-sm font-medium text-emerald-700 hover:underline dark:text-emerald-400"
        >
          {linkLabel ?? "View"} →
        </IntentLink>
      )}
    </section>
  );
}
