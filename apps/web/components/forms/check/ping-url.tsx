"use client";

import { Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";

/** The heartbeat URL is a secret: show it in a read-only field with a copy button. */
export function PingUrl({ path, title = "This check's ping URL: keep it secret." }: { path: string; title?: string }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const url = `${origin}${path}`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      toast.success("Ping URL copied");
    } catch {
      toast.error("Could not copy: select the field and copy it");
    }
  }
  return (
    <div
      role="status"
      className="min-w-0 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm sm:col-span-2 dark:border-amber-500/40 dark:bg-amber-500/10"
    >
      <p className="mb-1 font-medium text-amber-900 dark:text-amber-200">{title}</p>
      <div className="flex min-w-0 gap-2">
        <input
          readOnly
          value={url}
          aria-label="Heartbeat ping URL"
          className="input min-w-0 flex-1 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="btn-secondary shrink-0 px-2.5 py-1" onClick={copy}>
          <Copy className="size-4" aria-hidden />
          Copy
        </button>
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Have your job send a GET or POST to it every period. Responders can show it again on the check.
      </p>
    </div>
  );
}
