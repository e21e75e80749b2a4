type Value = number | null | undefined;

/** Whether the value at `index` has no neighbour with data: a line needs two points, so it draws nothing there. */
export function isIsolated(values: readonly Value[], index: number): boolean {
  return values[index] != null && values[index - 1] == null && values[index + 1] == null;
}
