import type { Problem, Section } from "@opsdeck/core/database/dto";
import { AlertTriangle } from "lucide-react";
import type { ReactNode } from "react";

/** A panel's fault, in words an operator can act on. */
export function ProblemNote({ problem }: { problem: { code: string; message: string } }) {
  return (
    <div
      role="status"
      data-testid="panel-problem"
      data-code={problem.code}
      className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200"
    >
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p className="min-w-0 break-words">{problem.message}</p>
    </div>
  );
}

type Props<T> = {
  id: string;
  title: string;
  section: Section<T>;
  /** Beside the title, e.g. a count or a note on what is measured. */
  aside?: (data: T) => ReactNode;
  className?: string;
  children: (data: T) => ReactNode;
};

/** One insights panel: its title, then its data or its problem; a fault here never reaches another panel. */
export function Panel<T>({ id, title, section, aside, className = "", children }: Props<T>) {
  return (
    <section className={`card min-w-0 p-4 ${className}`} aria-labelledby={id} data-testid={id}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        {section.ok && aside && <div className="text-xs text-slate-600 dark:text-slate-400">{aside(section.data)}</div>}
      </div>
      {section.ok ? children(section.data) : <ProblemNote problem={section.problem} />}
    </section>
  );
}

export const Muted = ({ children }: { children: ReactNode }) => (
  <p className="text-sm text-slate-500 dark:text-slate-400">{children}</p>
);
