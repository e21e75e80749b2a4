import type { AlertMessage } from "./message.ts";

/* An alert rule's state change (a notify-only rule) as each channel lays it out. */

/** "[P2] Alert: Errors on Shop", the line every channel leads with. */
export const alertTitle = (m: AlertMessage): string =>
  `[${m.severity}] Alert: ${m.rule.name}${m.service ? ` on ${m.service}` : ""}`;

/** Service, value, condition and severity, the facts each channel shows as fields. */
export const alertFacts = (m: AlertMessage): { label: string; value: string }[] => [
  { label: "Service", value: m.service ?? "none (the series has no service label)" },
  { label: "Value", value: m.value === null ? "no data" : String(m.value) },
  { label: "Condition", value: m.condition },
  { label: "Severity", value: m.severity },
];

/** The webhook's JSON: `type` is `alert.<event>` (firing, resolved). */
export function alertWebhookBody(m: AlertMessage, now: Date): string {
  return JSON.stringify({
    type: `alert.${m.event}`,
    sentAt: now.toISOString(),
    page: m.page,
    rule: { ...m.rule, url: m.url },
    severity: m.severity,
    service: m.service,
    value: m.value,
    condition: m.condition,
    at: m.at,
    headline: m.headline,
  });
}
