import type { ChecklistMessage, IncidentMessage, NotifyMessage } from "@opsdeck/integrations";

/** What a Notification row keeps of its message: everything but the link and the paging flag. */
export type IncidentPayload = Omit<IncidentMessage, "url" | "page" | "test">;
export type ChecklistPayload = Omit<ChecklistMessage, "url">;
export type NotificationPayload = IncidentPayload | ChecklistPayload;

const base = (baseUrl: string) => baseUrl.replace(/\/+$/, "");

/** The incident's page under the public URL (NEXTAUTH_URL), or null when it is not known. */
export const incidentUrl = (baseUrl: string | undefined, number: number): string | null =>
  baseUrl ? `${base(baseUrl)}/incidents/${number}` : null;

/** A checklist run's page under the public URL, or null when it is not known. */
export const checklistRunUrl = (baseUrl: string | undefined, slug: string, periodKey: string): string | null =>
  baseUrl ? `${base(baseUrl)}/checklists/${encodeURIComponent(slug)}/runs/${encodeURIComponent(periodKey)}` : null;

export function messageOf(n: { payload: unknown; quiet: boolean }, baseUrl: string | undefined): NotifyMessage {
  const p = n.payload as NotificationPayload;
  if ("about" in p && p.about === "checklist")
    return { ...p, url: checklistRunUrl(baseUrl, p.checklist.slug, p.periodKey) };
  const incident = p as IncidentPayload;
  return { ...incident, url: incidentUrl(baseUrl, incident.number), page: !n.quiet };
}
