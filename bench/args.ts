/** A whole-number option in min..max, or an error naming it. */
export function wholeNumber(v: string | undefined, name: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number in ${min}..${max}`);
  return n;
}
