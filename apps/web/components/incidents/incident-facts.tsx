import type { IncidentDetailDto } from "@opsdeck/core";
import Link from "next/link";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { IncidentStatusBadge } from "@/components/badges/status-badges";
import { Time } from "@/components/ui/time";
import { personName } from "./format";

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="min-w-0">
    <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
    <dd className="mt-0.5 break-words text-sm">{children}</dd>
  </div>
);

/** Severity, status, services, roles, customer-facing and the key timestamps, above the timeline. */
export function IncidentFacts({ incident: i }: { incident: IncidentDetailDto }) {
  const stamps = [
    ["Detected", i.detectedAt],
    ["Acknowledged", i.acknowledgedAt],
    ["Mitigated", i.mitigatedAt],
    ["Resolved", i.resolvedAt],
  ] as const;
  return (
    <section className="card min-w-0 p-4" aria-label="Incident details">
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <SeverityBadge severity={i.severity} long />
        <IncidentStatusBadge status={i.status} />
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Fact label={i.services.length > 1 ? "Services" : "Service"}>
          {i.services.length
            ? i.services.map((s, n) => (
                <span key={s.id}>
                  {n > 0 && ", "}
                  <Link href={`/services/${s.slug}`} className="hover:underline">
                    {s.name}
                  </Link>
                </span>
              ))
            : "—"}
        </Fact>
        <Fact label="Commander">
          {personName(i.commander) ?? <span className="text-slate-500 dark:text-slate-400">Nobody assigned</span>}
        </Fact>
        <Fact label="Comms lead">
          {personName(i.commsLead) ?? <span className="text-slate-500 dark:text-slate-400">Nobody assigned</span>}
        </Fact>
        <Fact label="Customer-facing">{i.customerFacing ? "Yes" : "No"}</Fact>
        <Fact label="Status page">{i.public ? "Published" : "Not shown"}</Fact>
        <Fact label="Severity">{i.severityLabel}</Fact>
        <Fact label="Postmortem">
          {i.postmortemId ? (
            <Link
              href={`/postmortems/${i.postmortemId}`}
              className="font-medium text-emerald-700 hover:underline dark:text-emerald-400"
            >
              Read the postmortem →
            </Link>
          ) : (
            <span className="text-slate-500 dark:text-slate-400">None yet</span>
          )}
        </Fact>
        {stamps.map(([label, at]) => (
          <Fact key={label} label={label}>
            {at ? <Time iso={at} /> : <span className="text-slate-500 dark:text-slate-400">—</span>}
          </Fact>
        ))}
      </dl>
    </section>
  );
}
