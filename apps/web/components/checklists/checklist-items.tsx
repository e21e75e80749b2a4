import type { ChecklistItemDto } from "@opsdeck/core";
import { CheckCircle2, Circle } from "lucide-react";
import { personName } from "@/components/incidents/format";
import { MarkdownText } from "@/components/services/markdown-text";
import { RelativeTime } from "@/components/ui/relative-time";

function Done({ item }: { item: ChecklistItemDto }) {
  const r = item.result;
  if (!r?.done) return <p className="text-xs text-slate-500 dark:text-slate-400">Not done yet</p>;
  return (
    <p className="text-xs text-emerald-700 dark:text-emerald-400">
      Done{r.doneBy ? ` by ${personName(r.doneBy)}` : ""}
      {r.doneAt && (
        <>
          , <RelativeTime iso={r.doneAt} />
        </>
      )}
    </p>
  );
}

/** The steps in order; SQL and commands scroll inside their own box, never the page. */
export function ChecklistItems({ items }: { items: ChecklistItemDto[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">This checklist has no items.</p>;
  return (
    <ol className="divide-y divide-slate-100 dark:divide-slate-800">
      {items.map((item, i) => (
        <li key={item.id} className="flex min-w-0 gap-3 py-3 first:pt-0 last:pb-0">
          {item.result?.done ? (
            <CheckCircle2 className="mt-0.5 size-5 shrink-0 text-emerald-600 dark:text-emerald-400" aria-label="Done" />
          ) : (
            <Circle className="mt-0.5 size-5 shrink-0 text-slate-300 dark:text-slate-600" aria-label="Not done" />
          )}
          <div className="flex min-w-0 flex-1 flex-col gap-2">
            <h3 className="font-medium break-words">
              <span className="text-slate-500 dark:text-slate-400">{i + 1}.</span> {item.title}
            </h3>
            {item.detail && <MarkdownText source={item.detail} />}
            {item.result?.note && <p className="text-sm whitespace-pre-wrap break-words text-slate-600 italic dark:text-slate-400">Note: {item.result.note}</p>}
            <Done item={item} />
          </div>
        </li>
      ))}
    </ol>
  );
}
