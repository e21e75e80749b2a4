/** "3 d 4 h", "1 h 35 min", "12 min", "40 s": the two largest units are enough at a glance. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return h ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return `${m} min`;
  return `${s} s`;
}

/** A countdown: `formatDuration`, with seconds in the last ten minutes ("4 min 30 s"). */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return s < 600 && s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : formatDuration(ms);
}

export const personName = (u: { name: string | null; email: string } | null) => (u ? (u.name ?? u.email) : null);
