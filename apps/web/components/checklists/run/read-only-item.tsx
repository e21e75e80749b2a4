import type { ChecklistRunItemDto } from "@opsdeck/core";
import { Badge, type Tone } from "@/components/badges/badge";
import type { Outcome } from "@/lib/checklists/answers";
import { AnswerLine } from "./answer-line";
import { ItemBody } from "./item-body";

const OUTCOME: Record<Outcome, { tone: Tone; text: string }> = {
  DONE: { tone: "emerald", text: "Done" },
  NOT_DONE: { tone: "red", text: "Not done" },
  NA: { tone: "slate", text: "N/A" },
};

/** An item as it was answered, for a signed run, a past run or a viewer. */
export function ReadOnlyItem({ item, index, sameDay }: { item: ChecklistRunItemDto; index: number; sameDay: boolean }) {
  const titleId = `item-${item.id}`;
  const o = item.outcome ? OUTCOME[item.outcome] : null;
  return (
    <ItemBody item={item} index={index} titleId={titleId} sameDay={sameDay}>
      <p className="text-sm" data-testid="item-outcome">
        {o ? (
          <Badge tone={o.tone}>{o.text}</Badge>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">No answer</span>
        )}
      </p>
      <AnswerLine item={item} />
    </ItemBody>
  );
}
