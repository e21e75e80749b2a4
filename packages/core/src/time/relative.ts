/** "40 s ago", "5 min ago", "3 h ago", "2 d ago"; a negative age reads "in 5 min". */
export function formatAgo(ageMs: number): string {
  const s = Math.round(Math.abs(ageMs) / 1000);
  const [v, u] =
    s < 60
      ? [s, "s"]
      : s < 3600
        ? [Math.round(s / 60), "min"]
        : s < 86_400
          ? [Math.round(s / 3600), "h"]
          : [Math.round(s / 86_400), "d"];
  return ageMs >= 0 || s === 0 ? `${v} ${u} ago` : `in ${v} ${u}`;
}
