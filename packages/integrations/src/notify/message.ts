/** What every channel says about one incident event; channels only differ in how they lay it out. */
export interface IncidentMessage {
  number: number;
  title: string;
  severity: "P0" | "P1" | "P2" | "P3";
  /** The incident's status word (INVESTIGATING … RESOLVED). */
  status: string;
  commander: string | null;
  /** The event's kind (declared, update, resolved…), for receivers that route on it. */
  event: string;
  /** One line saying what happened: "Declared P1", "Status update: identified". */
  headline: string;
  /** The update's details, a resolution note or a reason; null when the headline says it all. */
  text: string | null;
  /** Labelled facts of a status update (impact, next update). */
  fields: { label: string; value: string }[];
  /** The incident's page; null when the public URL is unknown. */
  url: string | null;
  /** Page the on-call people (P0/P1 on a channel that is not quiet), or post quietly. */
  page: boolean;
  /** A test sent from the settings page, about no real incident. */
  test?: boolean;
}

/** What every channel says about a checklist run nobody signed off in time. */
export interface ChecklistMessage {
  about: "checklist";
  /** The run's event: "missed". */
  event: string;
  checklist: { slug: string; name: string };
  periodKey: string;
  /** Who was expected to sign it off: a person, or "any responder". */
  assignee: string;
  /** The due time (ISO 8601), and as written in the checklist's zone: "2026-12-02 10:00 GMT+1". */
  dueAt: string | null;
  due: string;
  /** One line saying what happened: "Missed: not signed off in time". */
  headline: string;
  text: string | null;
  /** The run's page; null when the public URL is unknown. */
  url: string | null;
}

/** What every channel says when a notify-only alert rule fires or resolves for one service. */
export interface AlertMessage {
  about: "alert";
  /** The state it went to: "firing" or "resolved". */
  event: string;
  rule: { id: string; name: string };
  severity: "P0" | "P1" | "P2" | "P3";
  /** The service's name; null when the series has no service label. */
  service: string | null;
  /** The window's aggregate that moved the state; null when it held no point. */
  value: number | null;
  /** What the rule judges: "avg of app.error_rate over 5 minutes > 5". */
  condition: string;
  /** One line saying what happened: "Firing: avg of app.error_rate … > 5". */
  headline: string;
  /** When the state changed (ISO 8601). */
  at: string;
  /** The rule's page; null when the public URL is unknown. */
  url: string | null;
  /** Page the on-call people (P0/P1 on a channel that is not quiet), or post quietly. */
  page: boolean;
}

/** Anything a channel is sent. */
export type NotifyMessage = IncidentMessage | ChecklistMessage | AlertMessage;

export const isChecklistMessage = (m: NotifyMessage): m is ChecklistMessage =>
  (m as ChecklistMessage).about === "checklist";

export const isAlertMessage = (m: NotifyMessage): m is AlertMessage => (m as AlertMessage).about === "alert";

/** "[P1] #12 Checkout errors", the line every channel leads with (ASCII, so mail subjects stay readable). */
export const messageTitle = (m: IncidentMessage): string =>
  `${m.test ? "[Test] " : ""}[${m.severity}] #${m.number} ${m.title}`;

const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

/** Status, severity and commander, the facts each channel shows as fields. */
export const messageFacts = (m: IncidentMessage): { label: string; value: string }[] => [
  { label: "Status", value: titleCase(m.status) },
  { label: "Severity", value: m.severity },
  { label: "Commander", value: m.commander ?? "nobody yet" },
];
