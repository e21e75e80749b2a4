import type { StatusIncidentDto, StatusPageDto, StatusServiceDto } from "@opsdeck/core/status/dto";
import { formatStamp } from "@opsdeck/core/time/format";
import { STATUS_CSS } from "./style.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML content and quoted attributes. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const utc = (iso: string) => formatStamp(iso, "UTC");
const percent = (v: number) => `${(Math.floor(v * 10_000) / 100).toFixed(2)} %`;

const HEADLINE: Record<StatusPageDto["state"], string> = {
  operational: "All systems operational",
  maintenance: "Scheduled maintenance in progress",
  degraded: "Some systems are degraded",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
};

/** A day's bar class: fully up, a little down, partly down, mostly down; none for no data. */
function barClass(v: number | null): string {
  if (v === null) return "";
  if (v >= 0.999) return ' class="f"';
  if (v >= 0.99) return ' class="m"';
  if (v >= 0.95) return ' class="p"';
  return ' class="d"';
}

/** The bars' colours in words: on how many days the service was down at all. */
function downDays(s: StatusServiceDto): string {
  if (s.uptime90 === null) return "";
  const n = s.days.filter((d) => d.uptime !== null && d.uptime < 0.999).length;
  return n === 0 ? ", no downtime" : `, downtime on ${n} ${n === 1 ? "day" : "days"}`;
}

function service(s: StatusServiceDto): string {
  const total = s.uptime90 === null ? "No data yet" : `${percent(s.uptime90)} uptime`;
  const bars = s.days
    .map((d) => `<i${barClass(d.uptime)} title="${d.date}: ${d.uptime === null ? "no data" : percent(d.uptime)}"></i>`)
    .join("");
  return `<li class="service"><div class="head"><span class="name">${esc(s.name)}</span><span class="state s-${s.state}">${esc(s.stateLabel)}</span></div>
<div class="bars" role="img" aria-label="${esc(`${s.name}, last 90 days: ${total}${downDays(s)}`)}">${bars}</div>
<div class="legend" aria-hidden="true"><span>90 days ago</span><span>${total}</span><span>Today</span></div></li>`;
}

function incident(i: StatusIncidentDto): string {
  const meta = [
    i.severityLabel,
    i.statusLabel,
    `Started ${utc(i.startedAt)}`,
    ...(i.resolvedAt ? [`resolved ${utc(i.resolvedAt)}`] : []),
    ...(i.services.length ? [`Affects ${i.services.join(", ")}`] : []),
  ];
  const updates = i.updates
    .map(
      (u) =>
        `<li><time datetime="${u.at}">${utc(u.at)}</time><p><strong>${esc(u.statusLabel)}</strong>: ${esc(u.message)}</p></li>`,
    )
    .join("");
  return `<article class="card incident"><h3>${esc(i.title)}</h3><p class="meta muted">${esc(meta.join(" · "))}</p>${
    updates ? `<ol class="updates" aria-label="Updates, newest first">${updates}</ol>` : ""
  }</article>`;
}

/**
 * The whole public status page as one HTML document: no script, one inline stylesheet (allowed by
 * its hash), refreshed by the browser every 60 s. Every value from the database is escaped.
 */
export function renderStatusHtml(p: StatusPageDto): string {
  const services = p.services.length
    ? `<ul class="card services">${p.services.map(service).join("")}</ul>`
    : `<p class="card none">No services are listed yet.</p>`;
  const open = p.incidents.length ? p.incidents.map(incident).join("") : `<p class="card none">No open incidents.</p>`;
  const recent = p.recent.length
    ? `<section aria-labelledby="recent-h"><h2 id="recent-h">Resolved in the last 7 days</h2>${p.recent.map(incident).join("")}</section>`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="60"><meta name="color-scheme" content="light dark">
<title>${esc(HEADLINE[p.state])} · Service status</title><link rel="icon" href="/icon.svg"><style>${STATUS_CSS}</style></head>
<body><main>
<header><h1>Service status</h1><p class="muted">Updated ${utc(p.generatedAt)}; this page refreshes every minute.</p></header>
<p class="banner b-${p.state}" role="status">${HEADLINE[p.state]}</p>
<section aria-labelledby="incidents-h"><h2 id="incidents-h">Current incidents</h2>${open}</section>
<section aria-labelledby="services-h"><h2 id="services-h">Services</h2>${services}</section>
${recent}
<footer>All times are UTC. Each bar is one day; hover over a bar for its uptime.</footer>
</main></body></html>
`;
}
