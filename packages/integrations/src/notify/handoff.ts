import { contentOf } from "./email.ts";
import { blocksOf } from "./slack.ts";

/** An open incident as a handoff lists it; `opened` is `openedAt` written in the schedule's zone. */
export interface HandoffIncident {
  number: number;
  title: string;
  severity: "P0" | "P1" | "P2" | "P3";
  service: string | null;
  openedAt: string;
  opened: string;
  acknowledged: boolean;
  url: string | null;
}

/**
 * What the person taking over a layer is told: whose shift it is from when, the open incidents
 * (the unacknowledged ones first, as given) and the outgoing person's note.
 */
export interface HandoffMessage {
  schedule: string;
  layer: string;
  /** The incoming person, and the outgoing one (null at the rotation's first shift). */
  to: string;
  from: string | null;
  /** The shift's start (ISO 8601), and as written in the schedule's zone. */
  startsAt: string;
  starts: string;
  note: string | null;
  incidents: HandoffIncident[];
  /** The schedule's handoff page; null when the public URL is unknown. */
  url: string | null;
}

/** Lines past this many are summed up as "…and N more": a message stays readable (and within Slack's limits). */
const MAX_LISTED = 20;

const title = (m: HandoffMessage) => `[On call] ${m.schedule} / ${m.layer}`;
const headline = (m: HandoffMessage) => `You are on call for ${m.schedule} / ${m.layer} from ${m.starts}`;
const unacked = (m: HandoffMessage) => m.incidents.filter((i) => !i.acknowledged);
const acked = (m: HandoffMessage) => m.incidents.filter((i) => i.acknowledged);

const facts = (m: HandoffMessage) => [
  { label: "From", value: m.from ?? "nobody (first shift)" },
  { label: "Open incidents", value: String(m.incidents.length) },
  { label: "Not acknowledged", value: String(unacked(m).length) },
];

const line = (i: HandoffIncident) =>
  `#${i.number} [${i.severity}] ${i.title} (${i.service ?? "no service"}, opened ${i.opened}${i.acknowledged ? ", acknowledged" : ", NOT acknowledged"})`;

function listed(heading: string, list: HandoffIncident[]): string[] {
  if (!list.length) return [];
  const more = list.length > MAX_LISTED ? [`…and ${list.length - MAX_LISTED} more`] : [];
  return [heading, ...list.slice(0, MAX_LISTED).map((i) => `- ${line(i)}`), ...more, ""];
}

/** The body every text channel shares: unacknowledged incidents called out first, then the rest, then the note. */
export function handoffText(m: HandoffMessage): string {
  return [
    ...listed("Not acknowledged yet:", unacked(m)),
    ...listed("Acknowledged, still open:", acked(m)),
    ...(m.incidents.length ? [] : ["No open incidents.", ""]),
    m.note ? `Note from ${m.from ?? "the previous shift"}:\n${m.note}` : "No handoff note was left.",
  ].join("\n");
}

/** The mail of a handoff: normal priority, it asks for no action by itself. */
export function handoffEmail(m: HandoffMessage) {
  return contentOf({
    title: title(m),
    headline: headline(m),
    facts: facts(m),
    text: handoffText(m),
    url: m.url,
    what: "the schedule",
    linkLabel: `Open ${m.schedule}`,
    priority: "normal",
  });
}

/** Slack: the incoming person's member id is mentioned so the handoff reaches them in the shared channel. */
export function handoffSlack(m: HandoffMessage, memberId: string) {
  return blocksOf({
    title: title(m),
    mention: `<@${memberId}> `,
    headline: headline(m),
    facts: facts(m),
    text: handoffText(m),
    fields: [],
    link: { label: `Open ${m.schedule}`, url: m.url, actionId: "open_schedule" },
  });
}

/** The JSON a person's webhook receives (`type: "handoff"`), signed like pages. */
export function handoffWebhookBody(m: HandoffMessage, now: Date = new Date()): string {
  return JSON.stringify({
    type: "handoff",
    sentAt: now.toISOString(),
    to: m.to,
    from: m.from,
    schedule: m.schedule,
    layer: m.layer,
    startsAt: m.startsAt,
    incidents: m.incidents.map(({ opened: _opened, ...i }) => i),
    note: m.note,
    url: m.url,
    text: `${title(m)}. ${headline(m)}.\n\n${handoffText(m)}`,
  });
}
