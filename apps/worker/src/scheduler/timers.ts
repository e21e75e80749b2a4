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
