import type { ActionKind, Prisma, TargetKind } from "@opsdeck/db";
import { actionsFor } from "./kinds.ts";

export const TARGET_SELECT = {
  id: true,
  name: true,
  kind: true,
  config: true,
  requireApproval: true,
  secretName: true,
  createdAt: true,
  service: { select: { id: true, slug: true, name: true } },
} as const satisfies Prisma.TargetSelect;

export type TargetDto = {
  id: string;
  name: string;
  kind: TargetKind;
  service: { id: string; slug: string; name: string } | null;
  /** The kind's settings (no credential). */
  config: Record<string, unknown>;
  hasCredential: boolean;
  requireApproval: boolean;
  actions: ActionKind[];
  createdAt: string;
};

export function toTargetDto(
  t: Prisma.TargetGetPayload<{ select: typeof TARGET_SELECT }>,
  secretNames: Set<string>,
  secretNameOf: (id: string) => string,
): TargetDto {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    service: t.service,
    config: (t.config ?? {}) as Record<string, unknown>,
    hasCredential: secretNames.has(t.secretName ?? secretNameOf(t.id)),
    requireApproval: t.requireApproval,
    actions: actionsFor(t.kind),
    createdAt: t.createdAt.toISOString(),
  };
}
