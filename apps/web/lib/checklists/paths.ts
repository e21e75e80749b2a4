/** Where one run of a checklist is shown. */
export const runPath = (slug: string, periodKey: string) =>
  `/checklists/${encodeURIComponent(slug)}/runs/${encodeURIComponent(periodKey)}`;

export const historyPath = (slug: string, range?: { unit: "month" | "year"; key: string }) =>
  `/checklists/${encodeURIComponent(slug)}/history${range ? `?${range.unit}=${range.key}` : ""}`;

/** The export of the runs between two days (inclusive), as CSV or Markdown. */
export const exportPath = (slug: string, from: string, to: string, format: "csv" | "md") =>
  `/api/v1/checklists/${encodeURIComponent(slug)}/export?${new URLSearchParams({ from, to, format })}`;
