import { CopyButton } from "@/components/ui/copy-button";
import { parseInline } from "@/components/services/markdown-blocks";

/** A step's detail: plain text, with each `command` in monospace and a button to copy it. */
export function StepDetail({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="text-sm leading-6 break-words text-slate-600 dark:text-slate-400">
      {parseInline(text).map((part) =>
        part.kind === "code" ? (
          <span key={part.at} className="inline-flex max-w-full items-center gap-0.5 align-middle">
            <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.8rem] break-all text-slate-800 dark:bg-slate-800 dark:text-slate-200">
              {part.text}
            </code>
            <CopyButton text={part.text} label={`Copy ${part.text}`} />
          </span>
        ) : part.kind === "strong" ? (
          <strong key={part.at} className="font-semibold text-slate-800 dark:text-slate-200">
            {part.text}
          </strong>
        ) : (
          <span key={part.at}>{part.text}</span>
        ),
      )}
    </p>
  );
}
