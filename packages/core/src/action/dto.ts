import type { ActionKind, ActionStatus, Prisma, TargetKind } from "@opsdeck/db";

export const RUN_SELECT = {
  id: true,
  number: true,
  kind: true,
  status: true,
  params: true,
  summary: true,
  progress: true,
  progressNote: true,
  result: true,
  error: true,
  expiresAt: true,
  approvedAt: true,
  cancelRequestedAt: true,
  heartbeatAt: true,
  startedAt: true,
  finishedAt: true,
  createdAt: true,
  target: { select: { id: true, name: true, kind: true, serviceId: true } },
  requestedBy: { select: { id: true, name: true, email: true } },
  approvedBy: { select: { id: true, name: true, email: true } },
  incident: { select: { number: true, title: true } },
} as const satisfies Prisma.ActionRunSelect;

type RunRow = Prisma.ActionRunGetPayload<{ select: typeof RUN_SELECT }>;
type Person = { id: string; name: string | null; email: string };

export type ActionRunDto = {
  id: string;
  number: number;
  kind: ActionKind;
  status: ActionStatus;
  target: { id: string; name: string; kind: TargetKind };
  params: Record<string, unknown>;
  /** From → to, as the requester saw it. */
  summary: string;
  progress: number;
  progressNote: string | null;
  result: Record<string, unknown> | null;
  error: string | null;
  requestedBy: Person | null;
  approvedBy: Person | null;
  approvedAt: string | null;
  expiresAt: string | null;
  cancelRequestedAt: string | null;
  incident: { number: number; title: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  heartbeatAt: string | null;
};

export type ActionLogLine = { id: number; at: string; line: string };
export type ActionRunDetailDto = ActionRunDto & { log: ActionLogLine[]; logTruncated: boolean };

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const obj = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export function toRunDto(r: RunRow): ActionRunDto {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    target: { id: r.target.id, name: r.target.name, kind: r.target.kind },
    params: obj(r.params) ?? {},
    summary: r.summary,
    progress: r.progress,
    progressNote: r.progressNote,
    result: obj(r.result),
    error: r.error,
    requestedBy: r.requestedBy,
    approvedBy: r.approvedBy,
    approvedAt: iso(r.approvedAt),
    expiresAt: iso(r.expiresAt),
    cancelRequestedAt: iso(r.cancelRequestedAt),
    incident: r.incident,
    createdAt: r.createdAt.toISOString(),
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
    heartbeatAt: iso(r.heartbeatAt),
  };
}

export const toLogLine = (l: { id: bigint; at: Date; line: string }): ActionLogLine => ({
  id: Number(l.id),
  at: l.at.toISOString(),
  line: l.line,
});
