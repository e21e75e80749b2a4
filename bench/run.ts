import os from "node:os";

/** A bench's progress line on stderr, stamped with the time of day. */
export const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

export const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/**
 * How a bench ends: `cleanup` (stopping what it started) runs once, whether `main` returns, fails,
 * runs past `limitS` or is interrupted. `onSignals` (re)installs the interrupt handlers, for benches
 * that start something that hooks signals itself (embedded PostgreSQL does on import).
 */
export function benchRun(cleanup: () => Promise<void>) {
  let cleaning: Promise<void> | undefined;
  const clean = () => {
    cleaning ??= cleanup();
    return cleaning;
  };
  const abort = (why: string, code: number) => {
    say(`${why}: stopping everything`);
    void clean().finally(() => process.exit(code));
  };
  const onSignals = (signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"]) => {
    for (const s of signals) {
      process.removeAllListeners(s);
      process.on(s, () => abort(s, 130));
    }
  };
  /** Print `main`'s report (or why it failed), clean up and exit. */
  const run = async (main: () => Promise<string>, limitS: number): Promise<never> => {
    const watchdog = setTimeout(() => abort(`time limit of ${limitS} s reached`, 1), limitS * 1000);
    let code = 0;
    try {
      console.log(await main());
    } catch (err) {
      say(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      code = 1;
    } finally {
      say("stopping what the bench started");
      await clean();
      clearTimeout(watchdog);
    }
    process.exit(code);
  };
  return { onSignals, run };
}
