import type { ServiceCall } from "../call.ts";
import type { ActionItemDto } from "./dto.ts";
import { FIELD_LABELS, formatMoney, KIND_LABELS, POSTMORTEM_SECTIONS } from "./fields.ts";
import { getPostmortem, type PostmortemDto } from "./get.ts";
import type { TPostmortemRef } from "./schemas.ts";

/** "2 h 30 min", "45 min", "1 d 3 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d && `${d} d`, h && `${h} h`, !d && (m || !h) && `${m} min`].filter(Boolean);
  return parts.join(" ");
}

const line = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();
const section = (title: string, text: string) => `## ${title}\n\n${text.trim() || "_Not written._"}\n`;

function impactLine(pm: PostmortemDto): string {
  const users = pm.usersAffected === null ? "unknown users" : `${pm.usersAffected.toLocaleString("en-US")} users`;
  const revenue = pm.revenueLostCents === null ? "unknown revenue" : formatMoney(pm.revenueLostCents);
  return `${users} affected, ${revenue} lost`;
}

function actionItem(a: ActionItemDto): string {
  const extra = [
    a.owner && `owner ${a.owner.name ?? a.owner.email}`,
    a.dueDate && `due ${a.dueDate.slice(0, 10)}`,
    a.status === "IN_PROGRESS" && "in progress",
  ].filter(Boolean);
  const link = a.url ? ` ([link](<${a.url}>))` : "";
  const tail = extra.length ? ` (${extra.join(", ")})` : "";
  return `- [${a.status === "DONE" ? "x" : " "}] ${KIND_LABELS[a.kind]}: ${line(a.title)}${tail}${link}`;
}

/** A postmortem in the runbook's template, as Markdown. */
export function renderPostmortemMarkdown(pm: PostmortemDto): string {
  const { incident } = pm;
  const head = [
    `# Incident: ${line(pm.title)}`,
    "",
    `**Date:** ${incident.detectedAt.slice(0, 10)}  `,
    `**Severity:** ${incident.severity}  `,
    `**Duration:** ${pm.durationMs === null ? "not resolved" : formatDuration(pm.durationMs)}  `,
    `**Impact:** ${impactLine(pm)}  `,
    `**Status:** ${pm.status === "PUBLISHED" ? `published ${pm.publishedAt?.slice(0, 10)}` : pm.status.toLowerCase().replace("_", " ")}  `,
    `**Incident:** #${incident.number} ${line(incident.title)}`,
    "",
  ];
  const items = pm.actionItems.length ? pm.actionItems.map(actionItem).join("\n") : "_None yet._";
  return [
    head.join("\n"),
    ...POSTMORTEM_SECTIONS.map((f) => section(f === "rootCause" ? "Root Cause" : FIELD_LABELS[f], pm[f])),
    `## Action Items\n\n${items}\n`,
  ].join("\n");
}

/** The Markdown export of one postmortem, with a file name for the download. */
export async function postmortemMarkdown({
  db,
  ctx,
  input,
  now,
}: ServiceCall<TPostmortemRef>): Promise<{ filename: string; markdown: string }> {
  const pm = await getPostmortem({ db, ctx, input, now });
  return { filename: `postmortem-${pm.incident.number}.md`, markdown: renderPostmortemMarkdown(pm) };
}
