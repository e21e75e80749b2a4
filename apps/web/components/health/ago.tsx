"use client";

import { useNow } from "@/components/overview/use-now";
import { agoText } from "./format";

/** "8 s ago", never "in 2 s": a worker clock slightly ahead of the browser's still reads as just checked. */
export function Ago({ iso }: { iso: string | null }) {
  const now = useNow(5000);
  return iso ? (
    <time dateTime={iso} title={new Date(iso).toLocaleString()}>
      {agoText(iso, now)}
    </time>
  ) : (
    <>never</>
  );
}
