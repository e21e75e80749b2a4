// Server time of a read as a client sees it over loopback: N sequential GETs after a warm-up, the
// whole response body read each time.

export type Timing = { path: string; p50: number; p95: number; max: number; bytes: number };

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export async function timeGets(base: string, path: string, headers: Record<string, string>, requests: number, warmup = 3): Promise<Timing> {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < warmup + requests; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`, { headers, redirect: "manual" });
    const body = await res.arrayBuffer();
    const took = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${Buffer.from(body).toString().slice(0, 200)}`);
    if (i >= warmup) ms.push(took);
    bytes = body.byteLength;
  }
  ms.sort((a, b) => a - b);
  return { path, p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), max: ms.at(-1) as number, bytes };
}
