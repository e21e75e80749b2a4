import type { ImportResultDto } from "@opsdeck/core";

type Props = { skipped: ImportResultDto["skipped"] };

/** Lists that looked like checklists but were left out, and why. */
export function SkippedLists({ skipped }: Props) {
  if (skipped.length === 0) return null;
  return (
    <section aria-labelledby="import-skipped" className="min-w-0">
      <h3 id="import-skipped" className="mb-2 font-semibold">
        Skipped ({skipped.length})
      </h3>
      <ul className="space-y-2 text-sm">
        {skipped.map((s) => (
          <li key={`${s.line}-${s.name}`} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
            <p className="font-medium break-words">
              {s.name}{" "}
              <span className="font-normal text-slate-500 dark:text-slate-400">
                (line {s.line}, {s.items} item{s.items === 1 ? "" : "s"})
              </span>
            </p>
            <p className="text-slate-600 dark:text-slate-400">{s.reason}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
