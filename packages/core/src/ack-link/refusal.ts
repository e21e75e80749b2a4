import { formatStamp } from "../time/format.ts";
import type { AckLinkView } from "./read.ts";

/** Times in UTC: the link's page and its answers have no signed-in viewer whose zone they could use. */
const utc = (iso: string | null) => (iso ? formatStamp(iso, "UTC") : "an unknown time");

/** Why a link no longer acknowledges, in the words its page and a refused click both use. */
export function ackLinkRefusal(v: AckLinkView): string {
  const n = v.incident.number;
  switch (v.state) {
    case "used":
      return `This link was already used at ${utc(v.usedAt)}.`;
    case "acknowledged":
      return `Incident #${n} was already acknowledged${v.incident.acknowledgedBy ? ` by ${v.incident.acknowledgedBy}` : ""} at ${utc(v.incident.acknowledgedAt)}: nobody else will be paged for it.`;
    case "expired":
      return `This link has expired: incident #${n} was resolved${v.incident.resolvedAt ? ` at ${utc(v.incident.resolvedAt)}` : " after it was sent"}.`;
    case "ready":
      return `Incident #${n} can be acknowledged with this link.`;
  }
}
