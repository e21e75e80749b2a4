"use client";

import { useState } from "react";

type Props = { id: string; name: string; invalid?: boolean };

/**
 * A date and time typed in the browser's own time zone, sent as an ISO 8601 instant in a hidden
 * field of `name` (the server cannot know the zone). Blank sends nothing.
 */
export function LocalDateTime({ id, name, invalid }: Props) {
  const [iso, setIso] = useState("");
  return (
    <>
      <input
        id={id}
        type="datetime-local"
        step={60}
        className="input"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          const d = new Date(e.target.value);
          setIso(e.target.value && !Number.isNaN(d.getTime()) ? d.toISOString() : "");
        }}
      />
      <input type="hidden" name={name} value={iso} />
    </>
  );
}
