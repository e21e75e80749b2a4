/** The smallest weight a table gets, so empty tables still move the bar. */
const MIN_WEIGHT = 8192;

/**
 * How far a dump or restore has come, from --verbose lines naming the table whose rows it starts
 * ("dumping contents of table", "processing data for table"): tables before it count as done,
 * each weighted by its size.
 */
export class TableProgress {
  private readonly weights = new Map<string, number>();
  private readonly total: number;
  private doneWeight = 0;
  private current: string | null = null;
  started = 0;

  /** `weights`: "schema.table" → its size on disk, or its row count when that is all there is. */
  constructor(
    weights: Record<string, number>,
    private readonly pattern: RegExp,
  ) {
    for (const [table, w] of Object.entries(weights)) this.weights.set(table, Math.max(w, MIN_WEIGHT));
    this.total = [...this.weights.values()].reduce((a, b) => a + b, 0);
  }

  get count(): number {
    return this.weights.size;
  }

  /** Takes one stderr line; true when it started a table. */
  take(line: string): boolean {
    const m = line.match(this.pattern);
    if (!m?.[1]) return false;
    this.finishCurrent();
    this.current = m[1];
    this.started++;
    return true;
  }

  get fraction(): number {
    if (this.total === 0) return 0;
    return Math.min(0.99, this.doneWeight / this.total);
  }

  private finishCurrent(): void {
    if (this.current !== null) this.doneWeight += this.weights.get(this.current) ?? MIN_WEIGHT;
  }
}

export const DUMPING_TABLE = /dumping contents of table "([^"]+)"/;
export const RESTORING_TABLE = /processing data for table "([^"]+)"/;
