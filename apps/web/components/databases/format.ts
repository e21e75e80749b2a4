export { formatBytes, formatCount } from "@/components/actions/format";
export { formatDuration } from "@/components/incidents/format";

/** "98.7 %", or "—" when there is nothing to divide. */
export const formatRatio = (r: number | null): string => (r === null ? "—" : `${(r * 100).toFixed(1)} %`);

/** "12.3 ms", "4.2 s", "3.1 min": a statement's time at a readable scale. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1_000) return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** "+1.2 MiB in the last 24 h", "no change in the last hour"; null until two samples fall in the range. */
export function formatGrowth(bytes: number | null, fmt: (n: number) => string, range: string): string | null {
  if (bytes === null) return null;
  const words = RANGE_WORDS[range] ?? "";
  if (bytes === 0) return `no change ${words}`;
  return `${bytes > 0 ? "+" : "−"}${fmt(Math.abs(bytes))} ${words}`;
}

/** How the range reads in a sentence: "in the last 24 h". */
export const RANGE_WORDS: Record<string, string> = {
  "1h": "in the last hour",
  "24h": "in the last 24 h",
  "7d": "in the last 7 days",
  "30d": "in the last 30 days",
  "90d": "in the last 90 days",
};
