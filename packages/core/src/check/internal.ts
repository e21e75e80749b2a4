import { randomBytes } from "node:crypto";
import { type CheckKind, type Db, Prisma } from "@opsdeck/db";
import { parseCheckConfig } from "@opsdeck/probes/schemas";
import type { z } from "zod";
import { type FieldErrors, NotFoundError, ValidationError } from "../errors.ts";
import { restoreRedacted } from "./dto.ts";
import { withParsedHeaders } from "./header-lines.ts";
import { safeParseInput } from "../validate.ts";

export type Tx = Prisma.TransactionClient;

export async function getCheckOrThrow(db: Db | Tx, id: string) {
  const check = await db.check.findUnique({ where: { id } });
  if (!check) throw new NotFoundError("Check not found");
  return check;
}

/** Parse without throwing, so schema errors and config errors reach the caller together. */
export function collect<S extends z.ZodType>(schema: S, input: unknown, errors: FieldErrors): z.output<S> | null {
  const r = safeParseInput(schema, input);
  if (r.success) return r.data;
  for (const [k, msgs] of Object.entries(r.fieldErrors)) (errors[k] ??= []).push(...msgs);
  return null;
}

export function throwIfAny(errors: FieldErrors): void {
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

export type Settings = { config: Prisma.InputJsonObject; timeoutMs: number };

/**
 * Validate a config with the probes' schema (errors keyed `config.<field>`), make sure the secrets it
 * names exist and that the timeout fits in the interval (heartbeats have none). HTTP headers may come as
 * "Name: value" lines. The stored config has no `kind`: the column holds it.
 */
export async function validateSettings(
  db: Db | Tx,
  s: {
    kind: CheckKind;
    config: Record<string, unknown>;
    previous?: unknown;
    timeoutMs?: number;
    intervalSeconds: number;
  },
  errors: FieldErrors,
): Promise<Settings | null> {
  const raw = restoreRedacted(withParsedHeaders(s.kind, { ...s.config }, errors), s.previous);
  if (s.timeoutMs !== undefined && s.kind !== "HEARTBEAT") raw.timeoutMs = s.timeoutMs;
  // Unless told otherwise, wait at most half the interval (10 s at most), so short intervals just work.
  else if (raw.timeoutMs === undefined && s.kind !== "HEARTBEAT")
    raw.timeoutMs = Math.min(10_000, (s.intervalSeconds * 1000) / 2);
  const parsed = parseCheckConfig({ ...raw, kind: s.kind.toLowerCase() });
  if (!parsed.success) {
    for (const [k, msgs] of Object.entries(parsed.fieldErrors)) {
      (errors[k === "kind" || k === "_form" ? "kind" : `config.${k}`] ??= []).push(...msgs);
    }
    return null;
  }
  const { kind: _kind, ...config } = parsed.data;
  for (const field of ["connectionSecret", "apiKeySecret"] as const) {
    const name = (config as Record<string, unknown>)[field];
    if (typeof name !== "string") continue;
    if (!(await db.secret.findUnique({ where: { name }, select: { id: true } }))) {
      (errors[`config.${field}`] ??= []).push(`No secret named "${name}": add it under Secrets first`);
    }
  }
  const timeoutMs = "timeoutMs" in config ? config.timeoutMs : (s.timeoutMs ?? 10_000);
  if (s.kind !== "HEARTBEAT" && timeoutMs >= s.intervalSeconds * 1000) {
    (errors.timeoutMs ??= []).push(`Use a timeout shorter than the interval (${s.intervalSeconds} s)`);
  }
  return Object.keys(errors).length ? null : { config: config as Prisma.InputJsonObject, timeoutMs };
}

/** 32 random bytes, base64url: 43 characters, unguessable. */
export const newHeartbeatToken = (): string => randomBytes(32).toString("base64url");
export const pingPath = (token: string): string => `/api/ping/${token}`;

export const isUniqueViolation = (e: unknown): boolean =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
