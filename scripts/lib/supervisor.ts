import { DEFAULT_POLICY, decideRestart, type RestartPolicy } from "./restart-policy.ts";

/** A running process as the supervisor sees it. */
export type Running = { pid?: number; exited: Promise<number | null>; stop(): Promise<void> };

export type SupervisorOptions = {
  name: string;
  launch: () => Running | Promise<Running>;
  say: (msg: string) => void;
  warn: (msg: string) => void;
  policy?: RestartPolicy;
  /** While this holds, an exit is not retried but reported to `onGiveUp` (e.g. before first ready). */
  fatal?: () => boolean;
  /** Called once the supervisor stops restarting, with the line it logged. */
  onGiveUp?: (reason: string) => void;
};

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/** Keeps one process running: restarts it with backoff after an unexpected exit, gives up on a crash loop. */
export class Supervisor {
  private current: Running | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly uptimes: number[] = [];
  private readonly policy: RestartPolicy;

  constructor(private readonly opts: SupervisorOptions) {
    this.policy = opts.policy ?? DEFAULT_POLICY;
  }

  get pid(): number | undefined {
    return this.current?.pid;
  }

  /** Launch (or adopt `first`, already running); a failure to launch is thrown, not retried. */
  async start(first?: Running): Promise<void> {
    this.watch(first ?? (await this.opts.launch()), Date.now(), "running");
  }

  /** Stop restarting, then stop the process if it runs. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current?.stop();
  }

  private watch(run: Running, startedAt: number, what: string): void {
    this.current = run;
    if (run.pid !== undefined) this.opts.say(`${this.opts.name} ${what} (pid ${run.pid})`);
    else if (what === "restarted") this.opts.say(`${this.opts.name} ${what}`);
    run.exited.then((code) => {
      if (this.current === run) this.current = null;
      if (!this.stopped) this.exited(`exited unexpectedly (code ${code})`, Date.now() - startedAt);
    });
  }

  private exited(what: string, uptimeMs: number): void {
    const { name, warn } = this.opts;
    if (this.opts.fatal?.()) {
      this.giveUp(`${name} ${what} before it was ready; stopping`);
      return;
    }
    this.uptimes.push(uptimeMs);
    if (this.uptimes.length > this.policy.maxFastCrashes) this.uptimes.shift();
    const d = decideRestart(this.uptimes, this.policy);
    if (!d.restart) {
      this.giveUp(
        `${name} ${what} and has crashed ${d.fastCrashes} times in a row within ${seconds(this.policy.fastCrashMs)} of starting: ` +
          "giving up, it stays down until opsdeck is restarted",
      );
      return;
    }
    warn(`${name} ${what}; restarting in ${seconds(d.delayMs)}`);
    this.timer = setTimeout(() => void this.relaunch(), d.delayMs);
  }

  private async relaunch(): Promise<void> {
    if (this.stopped) return;
    const startedAt = Date.now();
    let run: Running;
    try {
      run = await this.opts.launch();
    } catch (err) {
      if (!this.stopped) this.exited(`failed to start (${err instanceof Error ? err.message : String(err)})`, 0);
      return;
    }
    if (this.stopped) {
      await run.stop();
      return;
    }
    this.watch(run, startedAt, "restarted");
  }

  private giveUp(reason: string): void {
    this.stopped = true;
    this.opts.warn(reason);
    this.opts.onGiveUp?.(reason);
  }
}
