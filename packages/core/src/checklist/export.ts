import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { displayName } from "../incident/internal.ts";
import { assertRole } from "../roles.ts";
import { zonedDayRange } from "../time/wall-time.ts";
import { parseInput } from "../validate.ts";
import { type ChecklistRunDto, RUN_DETAIL_SELECT, toRunDto } from "./run-dto.ts";
import { type TExportRuns, ZExportRuns } from "./run-schemas.ts";

export type ChecklistExport = { filename: string; contentType: string; body: string };

const OUTCOME_TEXT = { DONE: "done", NOT_DONE: "not done", NA: "n/a" } as const;

const CSV_HEADER = [
  "checklist",
  "period",
  "status",
  "due",
  "signed off at",
  "signed off by",
  "item",
  "title",
  "outcome",
  "remark",
  "answered by",
  "answered at",
  "evidence at sign-off",
];

/** One CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const mdCell = (s: string | null): string => (s ?? "").replaceAll("|", "\\|").replace(/\s*\n\s*/g, " ");

const who = (u: { name: string | null; email: string } | null): string | null => (u ? displayName(u) : null);

function toCsv(runs: ChecklistRunDto[]): string {
  const rows = [CSV_HEADER];
  for (const run of runs)
    for (const item of run.items)
      rows.push([
        run.checklist.name,
        run.periodKey,
        run.status,
        run.dueAt ?? "",
        run.signedOffAt ?? "",
        who(run.signedOffBy) ?? "",
        String(item.position + 1),
        item.title,
        item.outcome ? OUTCOME_TEXT[item.outcome] : "",
        item.remark ?? "",
        who(item.answeredBy) ?? "",
        item.answeredAt ?? "",
        item.evidence?.signed ? `${item.evidence.signed.status}: ${item.evidence.signed.summary}` : "",
      ]);
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

function toMarkdown(name: string, range: string, runs: ChecklistRunDto[]): string {
  const out = [`# ${name}: runs ${range}`, ""];
  if (!runs.length) out.push("No runs in this period.", "");
  for (const run of runs) {
    const signed = run.signedOffAt ? `signed off by ${who(run.signedOffBy)} at ${run.signedOffAt}` : "not signed off";
    out.push(`## ${run.periodKey}: ${run.status.toLowerCase()}`, "", `Due ${run.dueAt ?? "—"}; ${signed}.`, "");
    if (run.note) out.push(`Note: ${mdCell(run.note)}`, "");
    out.push("| # | Item | Outcome | Remark | By | Evidence at sign-off |", "|---|---|---|---|---|---|");
    for (const item of run.items)
      out.push(
        `| ${item.position + 1} | ${mdCell(item.title)} | ${item.outcome ? OUTCOME_TEXT[item.outcome] : "—"} | ${mdCell(item.remark)} | ${mdCell(who(item.answeredBy))} | ${mdCell(item.evidence?.signed ? `${item.evidence.signed.status}: ${item.evidence.signed.summary}` : null)} |`,
      );
    out.push("");
  }
  return out.join("\n");
}

/** The runs that started in a period, oldest first, as CSV (one row per item) or Markdown, for audits. VIEWER. */
export async function exportChecklistRuns({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TExportRuns>): Promise<ChecklistExport> {
  assertRole(ctx, "VIEWER");
  const { slug, from, to, limit, format } = parseInput(ZExportRuns, input);
  const template = await db.checklistTemplate.findUnique({
    where: { slug },
    select: { id: true, name: true, timeZone: true },
  });
  if (!template) throw new NotFoundError("Checklist not found");
  const start = from ? zonedDayRange(from, template.timeZone)?.start : undefined;
  const end = to ? zonedDayRange(to, template.timeZone)?.end : undefined;
  const rows = await db.checklistRun.findMany({
    where: {
      templateId: template.id,
      startedAt: { ...(start && { gte: new Date(start) }), ...(end && { lte: new Date(end) }) },
    },
    select: RUN_DETAIL_SELECT,
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  const runs = rows.map((r) => toRunDto(r, false, now));
  const range = `${from ?? "start"}–${to ?? "now"}`;
  const base = `${slug}-${from ?? "start"}-${to ?? now.toISOString().slice(0, 10)}`;
  return format === "md"
    ? {
        filename: `${base}.md`,
        contentType: "text/markdown; charset=utf-8",
        body: toMarkdown(template.name, range, runs),
      }
    : { filename: `${base}.csv`, contentType: "text/csv; charset=utf-8", body: toCsv(runs) };
}
