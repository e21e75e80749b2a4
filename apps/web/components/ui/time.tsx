"use client";

import { formatDate, formatStamp } from "@opsdeck/core/time/format";
import { useTimeZone } from "@/components/shell/time-zone";

type Props = { iso: string; as?: "stamp" | "seconds" | "date"; className?: string };

/** An instant in the viewer's zone: "2026-11-23 14:05 GMT+1"; a bare date keeps the full stamp in its tooltip. */
export function Time({ iso, as = "stamp", className }: Props) {
  const zone = useTimeZone();
  const stamp = formatStamp(iso, zone, { seconds: as === "seconds" });
  return (
    <time dateTime={iso} title={as === "date" ? stamp : undefined} className={className}>
      {as === "date" ? formatDate(iso, zone) : stamp}
    </time>
  );
}
