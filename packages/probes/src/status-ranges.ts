/** Expected HTTP status specs: 204, "204", "200-299" or "2xx". */
export type StatusSpec = number | string;
export type StatusRange = { min: number; max: number };

const MIN = 100;
const MAX = 599;

/** Parse one spec; returns an error sentence when it is not valid. */
export function parseStatusSpec(spec: StatusSpec): StatusRange | string {
  const text = String(spec).trim();
  const xx = /^([1-5])xx$/i.exec(text);
  if (xx) return { min: Number(xx[1]) * 100, max: Number(xx[1]) * 100 + 99 };
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  if (!m) return `"${text}" is not a status code or range (use 200, "200-299" or "2xx")`;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  if (min < MIN || max > MAX) return `Status codes must be between ${MIN} and ${MAX}, got "${text}"`;
  if (min > max) return `Range "${text}" starts after it ends`;
  return { min, max };
}

export function parseStatusSpecs(specs: readonly StatusSpec[]): StatusRange[] {
  return specs.map(parseStatusSpec).filter((r): r is StatusRange => typeof r !== "string");
}

export function statusMatches(status: number, ranges: readonly StatusRange[]): boolean {
  return ranges.some((r) => status >= r.min && status <= r.max);
}

export function describeStatusRanges(ranges: readonly StatusRange[]): string {
  return ranges.map((r) => (r.min === r.max ? String(r.min) : `${r.min}-${r.max}`)).join(", ");
}
