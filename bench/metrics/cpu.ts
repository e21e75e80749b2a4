import { treeCpu } from "../checks/proc.ts";

export type Cpu = { ownMs: number; pgMs: number; wallMs: number };

/** This process's CPU and the PostgreSQL server's (postmaster and backends) spent running `fn`. */
export async function measureCpu<T>(postmaster: number, fn: () => Promise<T>): Promise<{ cpu: Cpu; value: T }> {
  const pg0 = treeCpu(postmaster);
  const own0 = process.cpuUsage();
  const wall0 = performance.now();
  const value = await fn();
  const wallMs = performance.now() - wall0;
  const own = process.cpuUsage(own0);
  let pgMs = 0;
  for (const [pid, s] of treeCpu(postmaster)) pgMs += (s - (pg0.get(pid) ?? 0)) * 1000;
  return { cpu: { ownMs: (own.user + own.system) / 1000, pgMs, wallMs }, value };
}

export const addCpu = (a: Cpu, b: Cpu): Cpu => ({
  ownMs: a.ownMs + b.ownMs,
  pgMs: a.pgMs + b.pgMs,
  wallMs: a.wallMs + b.wallMs,
});
export const ZERO_CPU: Cpu = { ownMs: 0, pgMs: 0, wallMs: 0 };
