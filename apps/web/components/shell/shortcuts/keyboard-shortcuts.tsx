"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { isTyping, match, SHORTCUTS } from "./keys";

/** How long the second key of "g o" may wait for the first. */
const SEQUENCE_MS = 1_200;

/** Keys that move around and act without a mouse; "?" lists them. Never while typing in a field. */
export function KeyboardShortcuts({ canDeclare }: { canDeclare: boolean }) {
  const router = useRouter();
  const [help, setHelp] = useState(false);
  const typed = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (isTyping(e) || e.key.length !== 1) return;
      if (e.key === "?") {
        e.preventDefault();
        setHelp(true);
        return;
      }
      clearTimeout(timer.current);
      const found = match([...typed.current, e.key], canDeclare);
      if (found === "pending") {
        typed.current = [...typed.current, e.key];
        timer.current = setTimeout(() => {
          typed.current = [];
        }, SEQUENCE_MS);
        return;
      }
      typed.current = [];
      if (!found) return;
      e.preventDefault();
      if (found.href) router.push(found.href);
      if (found.press)
        document.querySelector<HTMLButtonElement>(`button[data-shortcut="${found.press}"]:enabled`)?.click();
    }
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      clearTimeout(timer.current);
    };
  }, [router, canDeclare]);
  if (!help) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => setHelp(false)}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.filter((s) => canDeclare || !s.declare).map((s) => (
          <div key={s.keys.join(" ")} className="contents">
            <dt className="whitespace-nowrap">
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && <span className="mx-1 text-slate-600 dark:text-slate-400">then</span>}
                  <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                    {k}
                  </kbd>
                </span>
              ))}
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">Shortcuts do nothing while you type in a field.</p>
      <form method="dialog" className="mt-4 flex justify-end">
        <button type="submit" className="btn-secondary">
          Close
        </button>
      </form>
    </Dialog>
  );
}
