import type { ImportResultDto } from "@opsdeck/core";
import Link from "next/link";

/** The checklists an import created, each linked. */
export function CreatedChecklists({ result, onAgain }: { result: ImportResultDto; onAgain: () => void }) {
  const made = result.checklists.filter((c) => c.created);
  return (
    <section className="card max-w-3xl space-y-3 p-4" aria-labelledby="import-created">
      <h2 id="import-created" className="text-lg font-semibold">
        Created {made.length} checklist{made.length === 1 ? "" : "s"}
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {made.map((c) => (
          <li key={c.index}>
            <Link
              href={`/checklists/${c.slug}`}
              className="font-medium text-emerald-700 hover:underline dark:text-emerald-400"
            >
              {c.name}
            </Link>{" "}
            <span className="text-slate-500 dark:text-slate-400">/checklists/{c.slug}</span> ·{" "}
            <Link href={`/checklists/${c.slug}/edit`} className="hover:underline">
              Edit
            </Link>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Each starts with the default schedule and assignee: edit one to change them.
      </p>
      <button type="button" className="btn-secondary" onClick={onAgain}>
        Import another runbook
      </button>
    </section>
  );
}
