import type { ChecklistRunItemDto } from "@opsdeck/core";
import { ExternalLink } from "lucide-react";
import type { ReactNode } from "react";
import { MarkdownText } from "@/components/services/markdown-text";
import { EvidenceBadge, ItemEvidence } from "./item-evidence";

type Props = {
  item: ChecklistRunItemDto;
  index: number;
  titleId: string;
  /** Evidence times as times of day (a daily run) rather than full stamps. */
  sameDay: boolean;
  children: ReactNode;
};

/** One step of a run: its title and evidence badge, how to do it, the evidence, then `children` (the answer). */
export function ItemBody({ item, index, titleId, sameDay, children }: Props) {
  return (
    <li className="flex min-w-0 flex-col gap-2.5 py-4 first:pt-0 last:pb-0" data-testid="run-item">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <h3 id={titleId} className="min-w-0 font-medium break-words">
          <span className="text-slate-500 dark:text-slate-400">{index + 1}.</span> {item.title}
        </h3>
        <EvidenceBadge item={item} />
      </div>
      {item.detail && (
        <div className="min-w-0 text-sm text-slate-700 dark:text-slate-300">
          <MarkdownText source={item.detail} />
        </div>
      )}
      {item.helpUrl && /^https?:\/\//i.test(item.helpUrl) && (
        <a
          href={item.helpUrl}
          target="_blank"
          rel="noreferrer"
          className="inline-flex w-fit items-center gap-1 text-sm font-medium text-emerald-700 hover:underline dark:text-emerald-400"
        >
          How to do this <ExternalLink className="size-3.5" aria-hidden />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      )}
      <ItemEvidence item={item} sameDay={sameDay} />
      {children}
    </li>
  );
}
