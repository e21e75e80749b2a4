import type { ActionItemKind, ActionItemStatus, PostmortemStatus, Prisma, Severity } from "@opsdeck/db";
import { iso, USER_REF_SELECT, type UserRef } from "../incident/dto.ts";
import { type DueState, dueState } from "./policy.ts";

export type PostmortemIncidentRef = {
  id: string;
  number: number;
  title: string;
  severity: Severity;
  detectedAt: string;
  resolvedAt: string | null;
};

export const POSTMORTEM_INCIDENT_SELECT = {
  select: { id: true, number: true, title: true, severity: true, detectedAt: true, resolvedAt: true },
} as const;

type IncidentRow = Prisma.IncidentGetPayload<typeof POSTMORTEM_INCIDENT_SELECT>;
export const toIncidentRef = (i: IncidentRow): PostmortemIncidentRef => ({
  ...i,
  detectedAt: i.detectedAt.toISOString(),
  resolvedAt: iso(i.resolvedAt),
});

export type ActionItemDto = {
  id: string;
  kind: ActionItemKind;
  title: string;
  status: ActionItemStatus;
  owner: UserRef | null;
  /** The day it is due, as an ISO date-time on that day (UTC). */
  dueDate: string | null;
  url: string | null;
  /** Not done and past its due date. */
  overdue: boolean;
};

export const ACTION_ITEM_SELECT = {
  id: true,
  kind: true,
  title: true,
  status: true,
  dueDate: true,
  url: true,
  owner: { select: USER_REF_SELECT },
} as const satisfies Prisma.ActionItemSelect;

export const ACTION_ITEM_ORDER = [
  { dueDate: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.ActionItemOrderByWithRelationInput[];

type ActionItemRow = Prisma.ActionItemGetPayload<{ select: typeof ACTION_ITEM_SELECT }>;
export const toActionItem = (a: ActionItemRow, now: Date): ActionItemDto => ({
  ...a,
  dueDate: iso(a.dueDate),
  overdue: a.status !== "DONE" && a.dueDate !== null && a.dueDate < now,
});

/** When a postmortem is due and whether it is late: null once published or when its severity needs none. */
export type PostmortemDue = { dueAt: string | null; due: DueState };
export const dueOf = (p: { status: PostmortemStatus; dueAt: Date | null }, now: Date): PostmortemDue => ({
  dueAt: iso(p.dueAt),
  due: dueState(p, now),
});
