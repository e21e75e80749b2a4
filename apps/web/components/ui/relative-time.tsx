"use client";

import { formatStamp } from "@opsdeck/core/time/format";
import { formatAgo } from "@opsdeck/core/time/relative";
import { useNow } from "@/components/overview/use-now";
import { useTimeZone } from "@/components/shell/time-zone";

type Props = { iso: string; everyMs?: number; pastOnly?: boolean };

/**
 * "5 min ago", kept current, with the exact stamp in the tooltip; the stamp itself until mounted, so
 * server and client render alike. `pastOnly`: a clock slightly ahead of the browser's still reads as past.
 */
export function RelativeTime({ iso, everyMs = 15_000, pastOnly = false }: Props) {
  const zone = useTimeZone();
  const now = useNow(everyMs);
  const stamp = formatStamp(iso, zone);
  const age = now === null ? 0 : now - Date.parse(iso);
  return (
    <time dateTime={iso} title={stamp}>
      {now === null ? stamp : formatAgo(pastOnly ? Math.max(0, age) : age)}
    </time>
  );
}
