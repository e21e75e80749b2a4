type Point = { at: string; p50Ms: number | null };

const span = (s: number): string =>
  s < 3600
    ? `${Math.max(1, Math.round(s / 60))} min`
    : s < 2 * 86_400
      ? `${Math.round(s / 3600)} h`
      : `${Math.round(s / 86_400)} d`;

/**
 * When data covers only the recent end of the range (a new check), say how much history there is,
 * so one dot at the right edge reads as "new", not as "broken". Null when the range is mostly covered.
 */
export function historyNote(points: readonly Point[], bucketSeconds: number): string | null {
  const first = points.find((p) => p.p50Ms !== null);
  const start = points[0];
  const end = points[points.length - 1];
  if (!first || !start || !end) return null;
  const rangeS = (Date.parse(end.at) - Date.parse(start.at)) / 1000 + bucketSeconds;
  const coveredS = (Date.parse(end.at) - Date.parse(first.at)) / 1000 + bucketSeconds;
  if (coveredS >= rangeS * 0.75) return null;
  return `Latency recorded for the last ${span(coveredS)} of this ${span(rangeS)} range only (a new check, or nothing answered before).`;
}
