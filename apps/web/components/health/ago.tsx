"use client";

import { RelativeTime } from "@/components/ui/relative-time";

/** "8 s ago", never "in 2 s": a worker clock slightly ahead of the browser's still reads as just checked. */
export function Ago({ iso }: { iso: string | null }) {
  return iso ? <RelativeTime iso={iso} everyMs={5000} pastOnly /> : <>never</>;
}
