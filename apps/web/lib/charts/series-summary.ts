/**
 * A chart's series in words, for whoever cannot see its lines: per series its latest value and its
 * highest in the range ("p95: latest 120 ms, highest 340 ms"); a series with no value is left out.
 */
export function seriesSummary(
  series: readonly { name: string; values: readonly (number | null)[] }[],
  format: (v: number) => string,
): string {
  const parts = series.flatMap(({ name, values }) => {
    const known = values.filter((v): v is number => v !== null);
    if (known.length === 0) return [];
    const latest = known[known.length - 1] as number;
    return [`${name}: latest ${format(latest)}, highest ${format(Math.max(...known))}`];
  });
  return parts.length ? `${parts.join("; ")}.` : "";
}
