/** The smallest weight a table gets, so empty tables still move the bar. */
const MIN_WEIGHT = 8192;

export interface TableSize {
  /** Size on disk, or the row count when that is all there is: only ratios between tables matter. */
  weight: number;
  /** Rows expected, to tell how far the COPY of this table is; 0 when unknown. */
  rows: number;
}

/**
 * How far a dump or restore has come, from --verbose lines naming the table whose rows it starts
 * ("dumping contents of table", "processing data for table"): tables before it count as done, each
 * weighted by its size, plus the share of the current table's rows its COPY has passed.
 */
export class TableProgress {
  private readonly sizes = new Map<string, TableSize>();
  private readonly total: number;
  private doneWeight = 0;
  private current: string | null = null;
  private currentShare = 0;
  started = 0;

  constructor(
    tables: Record<string, TableSize>,
    private readonly pattern: RegExp,
  ) {
    for (const [table, s] of Object.entries(tables))
      this.sizes.set(table, { ...s, weight: Math.max(s.weight, MIN_WEIGHT) });
    this.total = [...this.sizes.values()].reduce((a, s) => a + s.weight, 0);
  }

  get count(): number {
    return this.sizes.size;
  }

  /** Takes one stderr line; true when it started a table. */
  take(line: string): boolean {
    const m = line.match(this.pattern);
    if (!m?.[1]) return false;
    if (this.current !== null) this.doneWeight += this.weightOf(this.current);
    this.current = m[1];
    this.currentShare = 0;
    this.started++;
    return true;
  }

  /** Rows the COPY of `table` has passed so far (ignored unless it is the current table). */
  copied(table: string, rows: number): void {
    const expected = this.sizes.get(table)?.rows ?? 0;
    if (table === this.current && expected > 0) this.currentShare = Math.min(1, rows / expected);
  }

  get fraction(): number {
    if (this.total === 0) return 0;
    const current = this.current === null ? 0 : this.weightOf(this.current) * this.currentShare;
    return Math.min(0.99, (this.doneWeight + current) / this.total);
  }

  private weightOf(table: string): number {
    return this.sizes.get(table)?.weight ?? MIN_WEIGHT;
  }
}

export const DUMPING_TABLE = /dumping contents of table "([^"]+)"/;
export const RESTORING_TABLE = /processing data for table "([^"]+)"/;
