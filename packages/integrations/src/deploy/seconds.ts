/** A duration for a responder, to a tenth of a second: "120 s", "0.3 s". */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
