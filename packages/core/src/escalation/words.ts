import { formatMinutes } from "../severity/policy.ts";
import type { EscalationPolicyDto, EscalationStepDto } from "./dto.ts";

// Imported by the browser: plain values only, no zod and no database code.

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Page the current Primary of 'Platform on-call', then wait 5 min"; "Page ana@example.com, then wait 1 h". */
export function stepInWords(step: EscalationStepDto): string {
  const who =
    "email" in step.notify
      ? step.notify.email
      : `the current ${capitalized(step.notify.layer)} of '${step.notify.schedule}'`;
  return `Page ${who}, then wait ${formatMinutes(step.waitMinutes)}`;
}

/** "Runs once", "Repeats once (2 runs in all)", "Repeats 3 times (4 runs in all)". */
export function repeatInWords(repeat: number): string {
  if (repeat === 0) return "Runs once, no repeat";
  return `Repeats ${repeat === 1 ? "once" : `${repeat} times`} (${repeat + 1} runs in all)`;
}

/** "All services", or the slugs it covers. */
export const servicesInWords = (p: Pick<EscalationPolicyDto, "services">) =>
  p.services.length ? p.services.join(", ") : "All services";

export const HOURS_LABEL = { ALWAYS: "Always", WORKING_HOURS: "Working hours only" } as const;
