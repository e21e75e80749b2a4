import type { ReactNode } from "react";

/** A figure's numbers as a table, folded away under "Show as a table". */
export function TableDetails({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-emerald-700 hover:underline dark:text-emerald-400">
        Show as a table
      </summary>
      <div className="relative mt-2 overflow-x-auto">
        <table className="table-base">
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
