// bench/scale's figures, each beside its target.
import { lag, merge } from "../checks/report.ts";
import type { Measured } from "../checks/measure.ts";
import type { Timing } from "../panels/server-times.ts";
import type { OverviewFigures } from "./overview.ts";

export type ScaleShape = { services: number; perService: number; interval: number; workers: number };
export type Creation = { servicesMs: number; checksMs: number; calls: number[] };

const KB = 1000;
const s2 = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ms0 = (ms: number) => `${ms.toFixed(0)} ms`;
const met = (ok: boolean) => (ok ? "met" : "MISSED");
const row = (label: string, figure: string, target = "") =>
  `  ${label.padEnd(40)}${figure.padEnd(46)}${target ? `target ${target}` : ""}`;

export function scaleReport(o: {
  shape: ScaleShape;
  load: string;
  created: Creation;
  m: Measured;
  /** Each worker's RSS before any check existed, in the order of m.spans. */
  idleRss: number[];
  timings: Timing[];
  browser: OverviewFigures;
}): string {
  const { shape, created, m, browser: b } = o;
  const total = shape.services * shape.perService;
  const spans = m.spans.map((s, i) => {
    const last = s.windows.at(-1) ?? s.first;
    const hist = merge(s.windows.map((l) => l.window.lagHist));
    return {
      id: s.id,
      hist,
      missed: s.windows.reduce((a, l) => a + l.window.missedSlots, 0),
      executed: s.windows.reduce((a, l) => a + l.window.executed, 0),
      rssPerCheck: last.rss / last.checks,
      addedPerCheck: (last.rss - (o.idleRss[i] ?? Number.NaN)) / last.checks,
      idle: o.idleRss[i] ?? Number.NaN,
      rss: last.rss,
      checks: last.checks,
    };
  });
  const all = lag(merge(spans.map((s) => s.hist)));
  const control = lag(m.controlLag);
  const missed = spans.reduce((a, s) => a + s.missed, 0);
  const worstRss = Math.max(...spans.map((s) => s.rssPerCheck));
  const perDay = (k: "database" | "raw" | "rollup") => ((m.after[k] - m.before[k]) / m.seconds) * 86_400;
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
  const lagText = (l: ReturnType<typeof lag>) => `${l.p50} / ${l.p99} / ${l.max} ms`;
  return [
    `bench/scale: ${shape.services} services × ${shape.perService} HTTP checks (${total}) every ${shape.interval} s, ` +
      `${shape.workers} worker(s); load average ${o.load}`,
    "creation through the API:",
    row(`${shape.services} services, one POST each`, s2(created.servicesMs)),
    row(
      `${total} checks, ${created.calls.length} bulk calls`,
      `${s2(created.checksMs)} (slowest call ${s2(Math.max(...created.calls))})`,
    ),
    row("Overview in Chromium: sign-in (press → Overview URL)", ms0(b.signInMs)),
    ...b.visits.flatMap((v, i) => [
      `  first visit ${i === 0 ? "as found" : "with the failing checks shown"} (cache cleared; ${v.groups} service groups, ${v.tiles} tiles in the DOM):`,
      row("  first tile (from navigation start)", ms0(v.firstTileMs), `< 1 s ${met(v.firstTileMs < 1000)}`),
      row("  settled (no request in flight for 1 s)", ms0(v.settledMs), `< 2 s ${met(v.settledMs < 2000)}`),
      row("  loaded until settled", `${(v.loadedBytes / KB).toFixed(0)} KB in ${v.requests} requests`),
      row(
        "    the last to finish (from … to, ms)",
        v.lastDone.map((r) => `${r.what} ${r.startMs.toFixed(0)}–${r.endMs.toFixed(0)}`).join("; "),
      ),
    ]),
    row(
      `received in a quiet minute (${b.quiet.tiles} tiles shown at its end)`,
      `${(b.quietBytesPerMin / KB).toFixed(1)} KB (mode ${b.mode ?? "not shown"})`,
      `< 50 KB ${met(b.quietBytesPerMin < 50 * KB)}`,
    ),
    row(
      "  of which",
      `event stream ${(b.quiet.streamBytes / KB).toFixed(1)} KB; ${b.quiet.otherRequests} other requests ${(b.quiet.otherBytes / KB).toFixed(1)} KB (${Object.entries(
        b.quiet.otherPaths,
      )
        .map(([p, n]) => `${n} × ${p}`)
        .join(", ")})`,
    ),
    row(
      "  frames (count, KB of data as decoded)",
      Object.entries(b.quiet.frames)
        .map(([k, f]) => `${k} ${f.n} ${(f.chars / KB).toFixed(1)}`)
        .join(", ") || "none",
    ),
    "API over loopback (p50 / p95 / max, body):",
    ...o.timings.map((t) =>
      row(`GET ${t.path}`, `${ms0(t.p50)} / ${ms0(t.p95)} / ${ms0(t.max)}, ${(t.bytes / KB).toFixed(1)} KB`),
    ),
    `scheduler, ${m.spans[0]?.windows.length ?? 0} min measured after the first minute:`,
    ...spans.map((s) =>
      row(
        `lag p50 / p99 / max, ${s.id}`,
        `${lagText(lag(s.hist))}, ${s.missed} missed, ${(s.executed / m.seconds).toFixed(0)}/s`,
      ),
    ),
    row("lag p50 / p99 / max, all workers", lagText(all), `p99 < 20 ms ${met((all.p99 ?? 0) < 20)}`),
    row("missed slots", String(missed), `0 ${met(missed === 0)}`),
    row("lag of an idle control process", `${lagText(control)} (what the machine adds)`),
    ...spans.map((s) =>
      row(
        `RSS per check, ${s.id}`,
        `${(s.rssPerCheck / KB).toFixed(1)} KB (${mb(s.rss)} / ${s.checks}); above idle ${(s.addedPerCheck / KB).toFixed(1)} KB (idle ${mb(s.idle)})`,
      ),
    ),
    row("RSS per check, worst worker", `${(worstRss / KB).toFixed(1)} KB`, `< 40 KB ${met(worstRss < 40 * KB)}`),
    row(
      "database growth per day of results",
      `${mb(perDay("database"))} (raw ${mb(perDay("raw"))}, rollups ${mb(perDay("rollup"))})`,
    ),
  ].join("\n");
}
