import type { ChecklistRunDto } from "@opsdeck/core";
import { AnswerItem } from "./answer-item";
import { ReadOnlyItem } from "./read-only-item";

/** The run's items in order: to answer while it is `editable`, else as answered. */
export function RunItems({ run, editable }: { run: ChecklistRunDto; editable: boolean }) {
  if (run.items.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">This run has no items.</p>;
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {run.items.map((item, i) =>
        editable ? (
          <AnswerItem key={item.id} run={run} item={item} index={i} />
        ) : (
          <ReadOnlyItem key={item.id} item={item} index={i} sameDay={run.checklist.cadence === "DAILY"} />
        ),
      )}
    </ol>
  );
}
