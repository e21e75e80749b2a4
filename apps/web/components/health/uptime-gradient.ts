/** Tone of one hour: full up, any failure, mostly down, or no runs. */
export type HourTone = "up" | "failing" | "down" | "none";

export function hourTone(v: number | null): HourTone {
  if (v === null) return "none";
  if (v >= 0.999) return "up";
  if (v >= 0.9) return "failing";
  return "down";
}

/**
 * The hours as one CSS gradient with hard stops: a segment per hour in its tone's colour
 * (`--uptime-<tone>`, set per scheme in globals.css) and a 1px gap after each but the last.
 * One element instead of one per hour keeps a page of hundreds of tiles light to hydrate.
 */
export function uptimeGradient(hours: readonly (number | null)[]): string {
  const n = hours.length;
  if (n === 0) return "none";
  const stops = hours.map((h, i) => {
    const end = ((i + 1) / n) * 100;
    const colour = `var(--uptime-${hourTone(h)}) 0`;
    if (i === n - 1) return `${colour} 100%`;
    const at = `${+end.toFixed(4)}%`;
    return `${colour} calc(${at} - 1px), transparent 0 ${at}`;
  });
  return `linear-gradient(to right, ${stops.join(", ")})`;
}
