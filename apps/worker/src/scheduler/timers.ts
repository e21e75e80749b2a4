/** One timer per check, firing at an epoch-ms slot; lag = when the callback ran minus the slot. */
export class SlotTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  set(key: string, slotMs: number, fire: (slotMs: number, lagMs: number) => void): void {
    this.clear(key);
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        fire(slotMs, Date.now() - slotMs);
      },
      Math.max(0, slotMs - Date.now()),
    );
    this.timers.set(key, timer);
  }

  clear(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  clearAll(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  get size(): number {
    return this.timers.size;
  }
}

/** The most recent lag samples, for p50/p99 in the scheduler's stats. */
export class LagSamples {
  private readonly samples: number[] = [];
  constructor(private readonly keep = 10_000) {}

  add(lagMs: number): void {
    this.samples.push(lagMs);
    if (this.samples.length > this.keep) this.samples.splice(0, this.samples.length - this.keep);
  }

  percentile(q: number): number | null {
    if (this.samples.length === 0) return null;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
  }

  get count(): number {
    return this.samples.length;
  }
}

/** Lag counts per whole millisecond (lag is a Date.now difference): exact percentiles, and mergeable. */
export type LagHist = Record<string, number>;

export function lagPercentile(hist: LagHist, q: number): number | null {
  const keys = Object.keys(hist)
    .map(Number)
    .sort((a, b) => a - b);
  const total = keys.reduce((n, k) => n + (hist[k] ?? 0), 0);
  if (total === 0) return null;
  const rank = Math.min(total, Math.max(1, Math.ceil(q * total)));
  let seen = 0;
  for (const k of keys) {
    seen += hist[k] ?? 0;
    if (seen >= rank) return k;
  }
  return keys.at(-1) ?? null;
}

/** Lag since the last take(), for per-interval figures. */
export class LagWindow {
  private counts = new Map<number, number>();

  add(lagMs: number): void {
    const k = Math.round(lagMs);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  take(): LagHist {
    const hist = Object.fromEntries([...this.counts].sort((a, b) => a[0] - b[0]));
    this.counts = new Map();
    return hist;
  }
}
