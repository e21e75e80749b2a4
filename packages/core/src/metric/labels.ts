/** A series' labels: which database, which state, which table… */
export type Labels = Record<string, string>;

/** The labels in a canonical text (sorted keys, JSON), unique per set of labels. */
export const labelsKey = (labels: Labels): string =>
  JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((k) => [k, labels[k]]),
  );

/** "database=check-abc,state=active" → labels; null when a pair is malformed. */
export function parseLabelFilter(text: string): Labels | null {
  if (text.trim() === "") return {};
  const out: Labels = {};
  for (const pair of text.split(",")) {
    const m = /^([A-Za-z_][A-Za-z0-9_]{0,62})=(.{1,200})$/.exec(pair.trim());
    if (!m?.[1] || m[2] === undefined) return null;
    out[m[1]] = m[2];
  }
  return out;
}
