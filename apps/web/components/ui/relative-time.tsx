"use client";

import { useEffect, useState } from "react";

function ago(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  const [v, u] = s < 60 ? [s, "s"] : s < 3600 ? [Math.round(s / 60), "min"] : s < 86400 ? [Math.round(s / 3600), "h"] : [Math.round(s / 86400), "d"];
  return ms >= 0 ? `${v} ${u} ago` : `in ${v} ${u}`;
}

/** "5 min ago", kept current; the exact time is in the tooltip. Renders the UTC time until mounted. */
export function RelativeTime({ iso }: { iso: string }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);
  const at = new Date(iso);
  return (
    <time dateTime={iso} title={at.toLocaleString()}>
      {now === null ? `${iso.slice(0, 16).replace("T", " ")} UTC` : ago(now - at.getTime())}
    </time>
  );
}
