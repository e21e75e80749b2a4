export type CacheOptions = {
  /** A value older than this is still served, while one rebuild runs in the background. */
  maxAgeMs: number;
  /** After a failed build, serve the old value this long before trying again. */
  retryMs?: number;
  now?: () => number;
  log?: (msg: string, err: unknown) => void;
};

type Entry<T> = { value: T; builtAt: number; gen: number };

/**
 * One value, built on demand, shared by every request. `invalidate()` (a change) makes the next reads
 * wait for a fresh build; age alone only triggers a background rebuild. Concurrent reads share one
 * build (single flight), and a build that started before a change never counts as fresh. When a build
 * fails, the last value is served rather than an error.
 */
export class SingleFlightCache<T> {
  private entry: Entry<T> | null = null;
  private gen = 0;
  private flight: { gen: number; promise: Promise<T> } | null = null;
  private failedAt = Number.NEGATIVE_INFINITY;
  private readonly now: () => number;

  constructor(
    private readonly build: () => Promise<T>,
    private readonly opts: CacheOptions,
  ) {
    this.now = opts.now ?? Date.now;
  }

  invalidate(): void {
    this.gen++;
  }

  async get(): Promise<T> {
    const e = this.entry;
    const retrying = this.now() - this.failedAt < (this.opts.retryMs ?? 1_000);
    if (e && (e.gen === this.gen || retrying)) {
      if (this.now() - e.builtAt >= this.opts.maxAgeMs && !retrying)
        this.refresh().catch((err) => this.opts.log?.("rebuilding in the background failed", err));
      return e.value;
    }
    try {
      return await this.refresh();
    } catch (err) {
      if (!e) throw err;
      this.opts.log?.("rebuilding failed; serving the previous value", err);
      return e.value;
    }
  }

  private refresh(): Promise<T> {
    const gen = this.gen;
    if (this.flight?.gen === gen) return this.flight.promise;
    const promise = this.build().then(
      (value) => {
        if (!this.entry || gen >= this.entry.gen) this.entry = { value, builtAt: this.now(), gen };
        return value;
      },
      (err: unknown) => {
        this.failedAt = this.now();
        throw err;
      },
    );
    const flight = { gen, promise };
    this.flight = flight;
    const clear = () => {
      if (this.flight === flight) this.flight = null;
    };
    promise.then(clear, clear);
    return promise;
  }
}
