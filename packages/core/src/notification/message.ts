import type { AlertMessage, ChecklistMessage, IncidentMessage, NotifyMessage } from "@opsdeck/integrations";

/** What a Notification row keeps of its message: everything but the link and the paging flag. */
export type IncidentPayload = Omit<IncidentMessage, "url" | "page" | "test">;
export type ChecklistPayload = Omit<ChecklistMessage, "url">;
export type AlertPayload = Omit<AlertMessage, "url" | "page">;
export type NotificationPayload = IncidentPayload | ChecklistPayload | AlertPayload;

const base = (baseUrl: string) => baseUrl.replace(/\/+$/, "");

/** The incident's page under the public URL (NEXTAUTH_URL), or null when it is not known. */
export const incidentUrl = (baseUrl: string | undefined, number: number): string | null =>
  baseUrl ? `${base(baseUrl)}/incidents/${number}` : null;

/** A checklist run's page under the public URL, or null when it is not known. */
export const checklistRunUrl = (baseUrl: string | undefined, slug: string, periodKey: string): string | null =>
  baseUrl ? `${base(baseUrl)}/checklists/${encodeURIComponent(slug)}/runs/${encodeURIComponent(periodKey)}` : null;

/** An alert rule's page under the public URL, or null when it is not known. */
export const alertRuleUrl = (baseUrl: string | undefined, id: string): string | null =>
  baseUrl ? `${base(baseUrl)}/alerts/${encodeURIComponent(id)}` : null;

export function messageOf(n: { payload: unknown; quiet: boolean }, baseUrl: string | undefined): NotifyMessage {
  const p = n.payload as NotificationPayload;
  if ("about" in p && p.about === "checklist")
    return { ...p, url: checklistRunUrl(baseUrl, p.checklist.slug, p.periodKey) };
  if ("about" in p && p.about === "alert") return { ...p, url: alertRuleUrl(baseUrl, p.rule.id), page: !n.quiet };
  const incident = p as IncidentPayload;
  return { ...incident, url: incidentUrl(baseUrl, incident.number), page: !n.quiet };
}
