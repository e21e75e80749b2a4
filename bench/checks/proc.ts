import { readFileSync } from "node:fs";

// Linux /proc readers: CPU is utime + stime in clock ticks (USER_HZ, 100 on Linux).
const HZ = 100;

export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(rest[11]) + Number(rest[12])) / HZ;
  } catch {
    return null;
  }
}

export function rssBytes(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** CPU seconds of a process and its direct children (the postmaster and its backends), per pid. */
export function treeCpu(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of [pid, ...childrenOf(pid)]) {
    const s = cpuSeconds(p);
    if (s !== null) out.set(p, s);
  }
  return out;
}

/** Cores used between two treeCpu snapshots; processes started in between count from zero. */
export function treeCores(before: Map<number, number>, after: Map<number, number>, seconds: number): number {
  let used = 0;
  for (const [pid, s] of after) used += s - (before.get(pid) ?? 0);
  return used / seconds;
}

/** Busy and total CPU seconds of the whole machine (/proc/stat), to tell whether others competed. */
export function machineCpu(): { busy: number; total: number } {
  const f = readFileSync("/proc/stat", "utf8").split("\n")[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return { busy: (total - idle) / HZ, total: total / HZ };
}
