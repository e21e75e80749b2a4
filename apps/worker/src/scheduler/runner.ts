import { type ProbeResult, runProbe } from "@opsdeck/probes";
import type { CachedCheck } from "./check-cache.ts";
import { type SecretCache, secretNames } from "./secrets.ts";

/**
 * Runs probes with at most `cap` in flight; the caller never awaits a probe, so a target that hangs
 * only holds its own slot (until its timeout). A check still running from an earlier slot is not
 * started again: that slot is reported as skipped.
 */
export class Runner {
  private active = 0;
  private readonly queue: { key: string; start: () => void }[] = [];
  private readonly inFlight = new Set<string>();
  private readonly abort = new AbortController();
  private idle: (() => void) | undefined;

  constructor(private readonly cap: number) {}

  submit(key: string, job: (signal: AbortSignal) => Promise<void>): boolean {
    if (this.inFlight.has(key) || this.abort.signal.aborted) return false;
    this.inFlight.add(key);
    const start = () => {
      this.active++;
      job(this.abort.signal)
        .catch(() => {})
        .finally(() => {
          this.active--;
          this.inFlight.delete(key);
          this.queue.shift()?.start();
          if (this.inFlight.size === 0) this.idle?.();
        });
    };
    if (this.active < this.cap) start();
    else this.queue.push({ key, start });
    return true;
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.queue.length;
  }

  /** Let running probes finish for up to `graceMs`, then abort them; queued ones never start. */
  async stop(graceMs: number): Promise<void> {
    for (const { key } of this.queue.splice(0)) this.inFlight.delete(key);
    if (this.inFlight.size === 0) return;
    const done = new Promise<void>((resolve) => {
      this.idle = resolve;
    });
    const timer = setTimeout(() => this.abort.abort(), graceMs);
    await done;
    clearTimeout(timer);
  }
}

/** Run a check's probe with its own timeout (the probes enforce it, body size included). */
export async function probeCheck(check: CachedCheck, signal: AbortSignal, secrets: SecretCache): Promise<ProbeResult> {
  const names = secretNames(check.config);
  return runProbe(check.config, {
    signal,
    timeoutMs: check.timeoutMs,
    secrets: names.length ? await secrets.resolve(names) : {},
    heartbeat: { lastPingAt: check.lastPingAt, createdAt: check.createdAt },
  });
}
