import type { ChecklistTemplateItemDto } from "@opsdeck/core";
import type { ChecklistCadence } from "@opsdeck/db";

/** One item as the editor holds it: `key` is stable across moves, `id` only for a stored item. */
export type ItemDraft = { key: string; id?: string; title: string; detail: string; helpUrl: string; evidence: string };

export type ItemField = "id" | "title" | "detail" | "helpUrl" | "evidence";
export const ITEM_FIELDS: readonly ItemField[] = ["id", "title", "detail", "helpUrl", "evidence"];

/** The form control of an item's field; a service's `items.2.title` error lands on it unchanged. */
export const itemControl = (index: number, field: ItemField) => `items.${index}.${field}`;

export const blankItem = (key: string): ItemDraft => ({ key, title: "", detail: "", helpUrl: "", evidence: "" });

export const itemDrafts = (items: ChecklistTemplateItemDto[]): ItemDraft[] =>
  items.map((i) => ({
    key: i.id,
    id: i.id,
    title: i.title,
    detail: i.detail ?? "",
    helpUrl: i.helpUrl ?? "",
    evidence: i.evidence ?? "",
  }));

/** The list with the entry at `from` moved to `to`; unchanged when either is out of range. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1) as [T];
  next.splice(to, 0, moved);
  return next;
}

/**
 * Errors of the items as submitted, by item key: the service numbers items by their position at
 * submission, and the admin may have moved them since. `other` holds errors on the item as a whole.
 */
export function itemErrorsByKey<F extends string = ItemField>(
  errors: Record<string, string[]>,
  submittedKeys: readonly string[],
  list = "items",
  fields: readonly F[] = ITEM_FIELDS as readonly string[] as readonly F[],
): Record<string, Partial<Record<F | "other", string[]>>> {
  const out: Record<string, Partial<Record<F | "other", string[]>>> = {};
  const path = new RegExp(`^${list}\\.(\\d+)(?:\\.(\\w+))?`);
  for (const [at, messages] of Object.entries(errors)) {
    const m = path.exec(at);
    const key = m && submittedKeys[Number(m[1])];
    if (!key) continue;
    const field = fields.includes(m[2] as F) ? (m[2] as F) : "other";
    const own: Partial<Record<F | "other", string[]>> = out[key] ?? {};
    own[field] = [...(own[field] ?? []), ...messages];
    out[key] = own;
  }
  return out;
}

/** Cadences whose due day is chosen; daily and pre-deploy checklists always use day 1. */
export const hasDueDay = (cadence: ChecklistCadence) =>
  cadence === "WEEKLY" || cadence === "MONTHLY" || cadence === "QUARTERLY";

export const LAST_DUE_DAY: Record<ChecklistCadence, number> = {
  DAILY: 1,
  WEEKLY: 7,
  MONTHLY: 31,
  QUARTERLY: 92,
  PRE_DEPLOY: 1,
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** What a due day means for the cadence: "Friday", "the month's last day"… */
export function dueDayHint(cadence: ChecklistCadence, dueDay: string): string {
  const day = Number(dueDay);
  if (!Number.isInteger(day) || day < 1 || day > LAST_DUE_DAY[cadence]) return `1 to ${LAST_DUE_DAY[cadence]}`;
  if (cadence === "WEEKLY") return WEEKDAYS[day - 1] ?? "";
  if (cadence === "MONTHLY") return day > 28 ? "In shorter months: their last day" : `Day ${day} of the month`;
  return day > 90 ? "In shorter quarters: their last day" : `Day ${day} of the quarter`;
}

/**
 * The assignee select's value: anyone with a role ("role:RESPONDER") or one person ("user:<id>").
 * A named person keeps the stored role; a new checklist's is RESPONDER.
 */
export type AssigneeRole = "RESPONDER" | "ADMIN";
export type AssigneeChoice = { role: AssigneeRole } | { userId: string };

export const assigneeValue = (c: AssigneeChoice) => ("role" in c ? `role:${c.role}` : `user:${c.userId}`);

export function parseAssignee(value: string): AssigneeChoice | null {
  if (value === "role:RESPONDER" || value === "role:ADMIN") return { role: value.slice(5) as AssigneeRole };
  if (value.startsWith("user:") && value.length > 5) return { userId: value.slice(5) };
  return null;
}
