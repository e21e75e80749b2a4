"use client";

import { useEffect, useState } from "react";

/** The heartbeat URL is a secret shown only now: say so, and make it easy to copy. */
export function PingUrl({ path }: { path: string }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const url = `${origin}${path}`;
  return (
    <div
      role="status"
      className="min-w-0 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm sm:col-span-2 dark:border-amber-500/40 dark:bg-amber-500/10"
    >
      <p className="mb-1 font-medium text-amber-900 dark:text-amber-200">
        Copy this ping URL now: it will not be shown again.
      </p>
      <input
        readOnly
        value={url}
        aria-label="Heartbeat ping URL"
        className="input font-mono text-xs"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Have your job send a GET or POST to it every period. Select the field and copy it.
      </p>
    </div>
  );
}
