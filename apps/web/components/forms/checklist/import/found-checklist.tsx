import type { ImportResultDto } from "@opsdeck/core";
import { CADENCE_LABEL } from "@/components/badges/status-badges";
import { MarkdownText } from "@/components/services/markdown-text";

type Found = ImportResultDto["checklists"][number];

type Props = { checklist: Found; chosen: boolean; onChosen: (chosen: boolean) => void };

/** One checklist the runbook holds, as it would be created, with a box to include it. */
export function FoundChecklist({ checklist: c, chosen, onChosen }: Props) {
  return (
    <li className="card min-w-0 p-4" data-testid="found-checklist">
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="only"
          value={c.index}
          checked={chosen}
          onChange={(e) => onChosen(e.target.checked)}
          className="mt-1 size-4 shrink-0"
        />
        <span className="min-w-0 font-semibold break-words">{c.name}</span>
      </label>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 pl-7 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Cadence</dt>
        <dd>{CADENCE_LABEL[c.cadence]}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Address</dt>
        <dd className="font-mono text-xs leading-5 break-all">/checklists/{c.slug}</dd>
        <dt className="text-slate-500 dark:text-slate-400">In the runbook</dt>
        <dd>line {c.line}</dd>
      </dl>
      <ol className="mt-3 list-decimal space-y-1 pl-12 text-sm marker:text-slate-500">
        {c.items.map((item, i) => (
          // Titles may repeat; their order never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: a preview's items are fixed
          <li key={i} className="min-w-0 break-words">
            {item.title}
            {item.detail && (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs text-slate-500 dark:text-slate-400">Detail</summary>
                <div className="mt-1 min-w-0">
                  <MarkdownText source={item.detail} />
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
    </li>
  );
}
