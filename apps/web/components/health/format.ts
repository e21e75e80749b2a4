/** "12 s ago" from a shared clock; the UTC time until the clock starts, so server and client agree. */
export function agoText(iso: string | null, now: number | null): string {
  if (!iso) return "never checked";
  if (now === null) return `${iso.slice(11, 19)} UTC`;
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86_400)} d ago`;
}

export const uptimePct = (v: number | null): string =>
  v === null ? "—" : `${(Math.floor(v * 10_000) / 100).toFixed(2)}%`;
