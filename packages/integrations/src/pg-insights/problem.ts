import { redactText } from "../postgres/connection.ts";

export const PROBLEM_CODES = [
  "UNREACHABLE",
  "AUTH_FAILED",
  "DATABASE_MISSING",
  "TOO_MANY_CONNECTIONS",
  "PERMISSION_DENIED",
  "TIMEOUT",
  "EXTENSION_MISSING",
  "EXTENSION_NOT_LOADED",
  "NO_CREDENTIAL",
  "QUERY_FAILED",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Why a panel has no data: a code to branch on and a sentence an operator can act on. */
export type Problem = { code: ProblemCode; message: string };

/** A panel's data, or the specific reason it has none; one panel's fault never hides another's data. */
export type Section<T> = { ok: true; data: T } | { ok: false; problem: Problem };

export const problem = (code: ProblemCode, message: string): Problem => ({ code, message });

const sqlState = (err: unknown): string | undefined => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
};

const NETWORK = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET|timeout|terminated/i;

/** Turn an error from connecting to or querying a monitored database into a Problem naming `where` (host:port/db). */
export function classifyPgError(err: unknown, where: string, timeoutMs: number): Problem {
  const state = sqlState(err);
  const detail = redactText(err instanceof Error ? err.message : String(err));
  if (state?.startsWith("28")) return problem("AUTH_FAILED", `${where} rejected the credentials (${state}: ${detail})`);
  if (state === "3D000") return problem("DATABASE_MISSING", `${where} has no such database (${detail})`);
  if (state === "53300") return problem("TOO_MANY_CONNECTIONS", `${where} has no free connection slots (${detail})`);
  if (state === "42501")
    return problem(
      "PERMISSION_DENIED",
      `The monitoring role may not read this (${detail}); grant it pg_monitor (GRANT pg_monitor TO <role>)`,
    );
  if (state === "57014")
    return problem("TIMEOUT", `${where} did not answer within ${Math.round(timeoutMs / 1000)} s (query cancelled)`);
  if (state) return problem("QUERY_FAILED", `${where} answered with error ${state}: ${detail}`);
  if (/Query read timeout/i.test(detail))
    return problem("TIMEOUT", `${where} did not answer within ${Math.round(timeoutMs / 1000)} s`);
  if (NETWORK.test(detail) || NETWORK.test(String((err as { code?: unknown })?.code ?? "")))
    return problem("UNREACHABLE", `Could not reach ${where}: ${detail}`);
  return problem("UNREACHABLE", `Could not talk to ${where}: ${detail}`);
}
