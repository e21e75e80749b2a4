import type { Prisma } from "@opsdeck/db";
import type { AnyCtx } from "../roles.ts";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
};

const SENSITIVE = /password|secret|token|hash|key|ciphertext/i;

/** Drop credential-like fields so an audit row never stores a secret. */
export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        SENSITIVE.test(k) ? "[redacted]" : redact(v),
      ]),
    );
  }
  return value;
}

/** Write one audit row; call it inside the same transaction as the change it records. */
export async function recordAudit(tx: Tx, ctx: AnyCtx, entry: AuditEntry) {
  const actorId = ctx.actor?.id ?? null;
  const actorLabel = ctx.actor ? ctx.actor.email : ctx.label;
  return tx.auditLog.create({
    data: {
      actorId,
      actorLabel,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before === undefined ? undefined : (redact(entry.before) as Prisma.InputJsonValue),
      after: entry.after === undefined ? undefined : (redact(entry.after) as Prisma.InputJsonValue),
      requestId: ctx.requestId ?? null,
    },
  });
}
