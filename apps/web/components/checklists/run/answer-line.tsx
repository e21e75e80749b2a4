import type { ChecklistRunItemDto } from "@opsdeck/core";
import { personName } from "@/components/incidents/format";
import { Time } from "@/components/ui/time";

/** Who answered and when, and the remark, under an answered item. */
export function AnswerLine({ item }: { item: ChecklistRunItemDto }) {
  return (
    <>
      {item.remark && (
        <p className="rounded-md border-l-4 border-slate-300 bg-slate-50 px-3 py-1.5 text-sm whitespace-pre-wrap break-words dark:border-slate-600 dark:bg-slate-950/60">
          <span className="sr-only">Remark: </span>
          {item.remark}
        </p>
      )}
      {item.outcome && item.answeredAt && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Answered{item.answeredBy && ` by ${personName(item.answeredBy)}`},{" "}
          <Time iso={item.answeredAt} className="whitespace-nowrap" />
        </p>
      )}
    </>
  );
}
