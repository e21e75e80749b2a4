"use client";

import { zoneLabel } from "@opsdeck/core/time/format";
import { wallTimeToIso } from "@opsdeck/core/time/wall-time";
import { useState } from "react";
import { useTimeZone } from "@/components/shell/time-zone";

type Props = { id: string; name: string; invalid?: boolean };

/**
 * A date and time typed in the zone times are shown in (the viewer's, named beside the field), sent
 * as an ISO 8601 instant in a hidden field of `name`. Blank sends nothing.
 */
export function LocalDateTime({ id, name, invalid }: Props) {
  const zone = useTimeZone();
  const [local, setLocal] = useState("");
  const iso = local ? (wallTimeToIso(local, zone) ?? "") : "";
  return (
    <span className="flex items-center gap-2">
      <input
        id={id}
        type="datetime-local"
        step={60}
        className="input min-w-0 flex-1"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error ${id}-zone` : `${id}-zone`}
        onChange={(e) => setLocal(e.target.value)}
      />
      <span id={`${id}-zone`} className="shrink-0 text-xs text-slate-600 dark:text-slate-400">
        {zoneLabel(Date.now(), zone)}
      </span>
      <input type="hidden" name={name} value={iso} />
    </span>
  );
}
