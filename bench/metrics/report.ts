/** A figure beside its target: "met" or "missed". */
export const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

export const line = (what: string, figure: string, target: string, ok: boolean) =>
  `  ${what.padEnd(44)} ${figure.padEnd(34)} target ${target.padEnd(22)} ${verdict(ok)}`;

export const pctOfCore = (cpuMs: number, perSeconds: number) => (100 * cpuMs) / (perSeconds * 1000);

export const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};
