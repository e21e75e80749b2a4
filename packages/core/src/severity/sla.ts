// Imported by the browser: plain values only, no zod and no database code.

const MINUTE = 60_000;

export type DateInput = Date | string | number;

export type SlaTarget = "response" | "resolve";

/** What an incident's SLA is judged on: its own targets (pinned from the policy) and what happened. */
export type SlaFacts = {
  detectedAt: DateInput;
  /** The acknowledgement, or the first resolution of an incident nobody acknowledged. */
  respondedAt?: DateInput | null;
  resolvedAt?: DateInput | null;
  responseTargetMinutes: number;
  resolveTargetMinutes: number;
  responseBreachedAt?: DateInput | null;
  resolveBreachedAt?: DateInput | null;
};

export type SlaStatus = {
  responseMinutes: number;
  resolveMinutes: number;
  responseDueAt: Date;
  resolveDueAt: Date;
  /** Recorded, or still unanswered past the deadline (the worker records it within seconds). */
  responseBreached: boolean;
  resolveBreached: boolean;
  responseBreachedAt: Date | null;
  resolveBreachedAt: Date | null;
  /** Until the resolve deadline: from now while open, at resolution once resolved; negative when late. */
  remainingMs: number;
};

export function toMs(value: DateInput, field: string): number {
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid date for ${field}`);
  return ms;
}

const msOrNull = (v: DateInput | null | undefined, field: string) => (v == null ? null : toMs(v, field));

/** The response and resolve deadlines: detection plus the incident's targets. */
export function slaDeadlines(f: Pick<SlaFacts, "detectedAt" | "responseTargetMinutes" | "resolveTargetMinutes">) {
  const detected = toMs(f.detectedAt, "detectedAt");
  return {
    response: detected + f.responseTargetMinutes * MINUTE,
    resolve: detected + f.resolveTargetMinutes * MINUTE,
  };
}

/**
 * Where an incident stands against its targets at `now`. A target is breached once recorded, or when
 * what it waits for came (or has not yet come) after its deadline; exactly at the deadline is in time.
 * A recorded breach stays breached, even after a lower severity gave a later deadline.
 */
export function slaStatus(f: SlaFacts & { now?: DateInput }): SlaStatus {
  const due = slaDeadlines(f);
  const now = toMs(f.now ?? new Date(), "now");
  const responded = msOrNull(f.respondedAt, "respondedAt");
  const resolved = msOrNull(f.resolvedAt, "resolvedAt");
  const responseBreachedAt = msOrNull(f.responseBreachedAt, "responseBreachedAt");
  const resolveBreachedAt = msOrNull(f.resolveBreachedAt, "resolveBreachedAt");
  return {
    responseMinutes: f.responseTargetMinutes,
    resolveMinutes: f.resolveTargetMinutes,
    responseDueAt: new Date(due.response),
    resolveDueAt: new Date(due.resolve),
    responseBreached: responseBreachedAt !== null || (responded ?? now) > due.response,
    resolveBreached: resolveBreachedAt !== null || (resolved ?? now) > due.resolve,
    responseBreachedAt: responseBreachedAt === null ? null : new Date(responseBreachedAt),
    resolveBreachedAt: resolveBreachedAt === null ? null : new Date(resolveBreachedAt),
    remainingMs: due.resolve - (resolved ?? now),
  };
}

/**
 * The breaches to record now: what `slaStatus` calls breached and is not recorded yet (a target
 * answered late, or still unanswered past its deadline). Each is dated at its deadline, or at `since`
 * when it only became due then (a reopening, or a severity raised after the new deadline had passed).
 */
export function dueBreaches(
  f: SlaFacts,
  now: DateInput,
  since?: DateInput,
): { target: SlaTarget; at: Date; targetMinutes: number }[] {
  const due = slaDeadlines(f);
  const at = toMs(now, "now");
  const from = since === undefined ? Number.NEGATIVE_INFINITY : toMs(since, "since");
  const answered = { response: msOrNull(f.respondedAt, "respondedAt"), resolve: msOrNull(f.resolvedAt, "resolvedAt") };
  const recorded = { response: f.responseBreachedAt, resolve: f.resolveBreachedAt };
  const minutes = { response: f.responseTargetMinutes, resolve: f.resolveTargetMinutes };
  return (["response", "resolve"] as const).flatMap((target) =>
    recorded[target] == null && (answered[target] ?? at) > due[target]
      ? [{ target, at: new Date(Math.max(due[target], from)), targetMinutes: minutes[target] }]
      : [],
  );
}

export type SlaStatusDto = Omit<
  SlaStatus,
  "responseDueAt" | "resolveDueAt" | "responseBreachedAt" | "resolveBreachedAt"
> & {
  responseDueAt: string;
  resolveDueAt: string;
  responseBreachedAt: string | null;
  resolveBreachedAt: string | null;
};

export function slaStatusDto(status: SlaStatus): SlaStatusDto {
  return {
    ...status,
    responseDueAt: status.responseDueAt.toISOString(),
    resolveDueAt: status.resolveDueAt.toISOString(),
    responseBreachedAt: status.responseBreachedAt?.toISOString() ?? null,
    resolveBreachedAt: status.resolveBreachedAt?.toISOString() ?? null,
  };
}
