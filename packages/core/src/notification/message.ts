import type { IncidentMessage } from "@opsdeck/integrations";

/** What a Notification row keeps of its message: everything but the link and the paging flag. */
export type NotificationPayload = Omit<IncidentMessage, "url" | "page" | "test">;

/** The incident's page under the public URL (NEXTAUTH_URL), or null when it is not known. */
export const incidentUrl = (baseUrl: string | undefined, number: number): string | null =>
  baseUrl ? `${baseUrl.replace(/\/+$/, "")}/incidents/${number}` : null;

export function messageOf(n: { payload: unknown; quiet: boolean }, baseUrl: string | undefined): IncidentMessage {
  const p = n.payload as NotificationPayload;
  return { ...p, url: incidentUrl(baseUrl, p.number), page: !n.quiet };
}
