import { alertWebhookBody } from "./alert.ts";
import { checklistWebhookBody } from "./checklist.ts";
import { isAlertMessage, isChecklistMessage, type NotifyMessage } from "./message.ts";

/**
 * The JSON a generic webhook receives, signed like deploy webhooks (X-Opsdeck-Signature over
 * "<t>.<body>"): `type` is `incident.<event>`, `checklist.<event>` for a run, `alert.<event>` for a
 * notify-only alert rule, or `test` for a test from the settings page.
 */
export function webhookBody(m: NotifyMessage, now: Date = new Date()): string {
  if (isAlertMessage(m)) return alertWebhookBody(m, now);
  if (isChecklistMessage(m)) return checklistWebhookBody(m, now);
  return JSON.stringify({
    type: m.test ? "test" : `incident.${m.event}`,
    sentAt: now.toISOString(),
    page: m.page,
    incident: {
      number: m.number,
      title: m.title,
      severity: m.severity,
      status: m.status,
      commander: m.commander,
      url: m.url,
    },
    headline: m.headline,
    text: m.text,
    fields: m.fields,
  });
}
