import { alertFacts, alertTitle } from "./alert.ts";
import { checklistFacts, checklistTitle } from "./checklist.ts";
import { isAlertMessage, isChecklistMessage, messageFacts, messageTitle, type NotifyMessage } from "./message.ts";

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
  /** Paging mail is marked urgent, quiet incident mail low priority (X-Priority, Importance); a missed run is normal. */
  priority: "high" | "normal" | "low";
}

export type EmailLayout = Layout;
type Layout = {
  title: string;
  headline: string;
  facts: { label: string; value: string }[];
  text: string | null;
  url: string | null;
  /** "the incident" in the text part, "incident #12" in the HTML link. */
  what: string;
  linkLabel: string;
  priority: EmailContent["priority"];
};

export function contentOf(l: Layout): EmailContent {
  const text = [
    l.headline,
    "",
    ...l.facts.map((f) => `${f.label}: ${f.value}`),
    ...(l.text ? ["", l.text] : []),
    ...(l.url ? ["", `Open ${l.what}: ${l.url}`] : []),
  ].join("\n");
  const rows = l.facts
    .map(
      (f) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`,
    )
    .join("");
  const html = [
    `<p><strong>${escapeHtml(l.headline)}</strong></p>`,
    `<table>${rows}</table>`,
    l.text ? `<p style="white-space:pre-wrap">${escapeHtml(l.text)}</p>` : "",
    l.url ? `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.linkLabel)}</a></p>` : "",
  ].join("\n");
  return { subject: `${l.title}: ${l.headline}`, text, html, priority: l.priority };
}

/** The mail about one incident event, missed run or alert: the same facts as the Slack message, as text and simple HTML. */
export function emailContent(m: NotifyMessage): EmailContent {
  if (isAlertMessage(m))
    return contentOf({
      title: alertTitle(m),
      headline: m.headline,
      facts: alertFacts(m),
      text: null,
      url: m.url,
      what: "the alert rule",
      linkLabel: `Open alert rule ${m.rule.name}`,
      priority: m.page ? "high" : "low",
    });
  if (isChecklistMessage(m))
    return contentOf({
      title: checklistTitle(m),
      headline: m.headline,
      facts: checklistFacts(m),
      text: m.text,
      url: m.url,
      what: "the run",
      linkLabel: `Open ${m.checklist.name} ${m.periodKey}`,
      priority: "normal",
    });
  return contentOf({
    title: messageTitle(m),
    headline: m.headline,
    facts: [...messageFacts(m), ...m.fields],
    text: m.text,
    url: m.url,
    what: "the incident",
    linkLabel: `Open incident #${m.number}`,
    priority: m.page ? "high" : "low",
  });
}
