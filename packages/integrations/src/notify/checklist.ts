import type { ChecklistMessage } from "./message.ts";

/* A missed checklist run as each channel lays it out, with the facts the incident messages use. */

/** "[Checklist] Daily backups 2026-12-02", the line every channel leads with. */
export const checklistTitle = (m: ChecklistMessage): string => `[Checklist] ${m.checklist.name} ${m.periodKey}`;

/** Period, assignee and due time, the facts each channel shows as fields. */
export const checklistFacts = (m: ChecklistMessage): { label: string; value: string }[] => [
  { label: "Period", value: m.periodKey },
  { label: "Assigned to", value: m.assignee },
  { label: "Due", value: m.due },
];

/** The webhook's JSON: `type` is `checklist.<event>`; a run never pages. */
export function checklistWebhookBody(m: ChecklistMessage, now: Date): string {
  return JSON.stringify({
    type: `checklist.${m.event}`,
    sentAt: now.toISOString(),
    page: false,
    checklist: m.checklist,
    run: { periodKey: m.periodKey, assignee: m.assignee, dueAt: m.dueAt, url: m.url },
    headline: m.headline,
    text: m.text,
  });
}
