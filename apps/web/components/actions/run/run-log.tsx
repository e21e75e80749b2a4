"use client";

import type { ActionLogLine } from "@opsdeck/core";
import { useLayoutEffect, useRef } from "react";
import { Time } from "@/components/ui/time";

/** Within this many pixels of the end counts as following the log. */
const NEAR_END_PX = 24;

/**
 * The run's log, following new lines while the reader is at the end; scrolling up stops that until
 * they scroll back down.
 */
export function RunLog({ lines, truncated }: { lines: ActionLogLine[]; truncated: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  const count = lines.length;
  useLayoutEffect(() => {
    const el = box.current;
    if (el && follow.current && count > 0) el.scrollTop = el.scrollHeight;
  }, [count]);
  const onScroll = () => {
    const el = box.current;
    if (el) follow.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_END_PX;
  };
  return (
    <>
      {truncated && (
        <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">
          Showing the latest lines; earlier ones are kept in the database.
        </p>
      )}
      <div
        ref={box}
        onScroll={onScroll}
        role="log"
        aria-label="Run log"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls, and keyboard users must be able to scroll it
        tabIndex={0}
        className="max-h-96 overflow-auto rounded-md bg-slate-950 p-3 font-mono text-xs leading-5 text-slate-100 dark:bg-black"
      >
        {count === 0 ? (
          <p className="text-slate-400">No log lines yet.</p>
        ) : (
          <ol>
            {lines.map((l) => (
              <li key={l.id} className="flex gap-3 whitespace-pre-wrap break-words">
                <Time iso={l.at} as="seconds" className="shrink-0 text-slate-400 select-none" />
                <span className="min-w-0">{l.line}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
