import type { Db } from "@opsdeck/db";
import type { RunIo } from "@opsdeck/integrations";
import { publishLive } from "../live/publish.ts";
import { toLogLine } from "./dto.ts";

/** Lines longer than this are cut; a run keeps at most MAX_LINES lines. */
export const MAX_LINE = 2000;
export const MAX_LINES = 20_000;
const FLUSH_MS = 300;

export type DbRunIo = RunIo & { flush(): Promise<void>; close(): Promise<void> };

/**
 * A RunIo that writes a run's log lines and progress into its row, batched every 300 ms, each
 * batch published on the live stream so run pages follow along.
 */
export function dbRunIo(db: Db, runId: string, signal: AbortSignal, requestedBy: string | null = null): DbRunIo {
  let pending: string[] = [];
  let written = 0;
  let progress: { fraction: number; note: string | null } | null = null;
  let chain = Promise.resolve();

  const write = async () => {
    const lines = pending;
    pending = [];
    const p = progress;
    progress = null;
    if (!lines.length && !p) return;
    await db.$transaction(async (tx) => {
      if (lines.length) {
        const rows = await tx.actionRunLog.createManyAndReturn({ data: lines.map((line) => ({ runId, line })) });
        await publishLive(tx, "action.log", { id: runId, lines: rows.map(toLogLine) });
      }
      if (p) {
        await tx.actionRun.update({ where: { id: runId }, data: { progress: p.fraction, progressNote: p.note } });
        await publishLive(tx, "action.progress", { id: runId, progress: p.fraction, note: p.note });
      }
    });
  };
  const flush = () => {
    chain = chain.then(write).catch(() => {
      // A lost batch must not fail the run: the outcome is written separately.
    });
    return chain;
  };
  const timer = setInterval(() => void flush(), FLUSH_MS);
  timer.unref();

  return {
    signal,
    run: { id: runId, requestedBy },
    log(text) {
      for (const raw of String(text).split(/\r?\n/)) {
        if (written >= MAX_LINES) return;
        written += 1;
        pending.push(
          written === MAX_LINES
            ? "(further log lines dropped)"
            : raw.length > MAX_LINE
              ? `${raw.slice(0, MAX_LINE)}…`
              : raw,
        );
      }
    },
    progress(fraction, note) {
      const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
      progress = { fraction: f, note: note ? note.slice(0, 200) : null };
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
