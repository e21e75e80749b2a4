/**
 * A list editor's controls (`items.<n>.<field>`, matched by `control` with the number and the field
 * as its two groups) as one record per entry, in their numbered order.
 */
export function numberedRows(form: FormData, control: RegExp): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of form.entries()) {
    const m = control.exec(name);
    if (!m || typeof value !== "string") continue;
    const index = Number(m[1]);
    rows.set(index, { ...rows.get(index), [m[2] as string]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
}
