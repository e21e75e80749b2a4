import type { IncidentGetPayload, IncidentSelect, IncidentStatus, Severity } from "@opsdeck/db";
import { type SeverityPolicyMap, severityLabel } from "../severity/policy.ts";
import { type SlaStatusDto, slaStatus, slaStatusDto } from "../severity/sla.ts";
import { SLA_OUTCOME_SELECT } from "./sla-outcome.ts";
import { type NextUpdateDto, nextUpdate, UPDATE_CLOCK_KINDS } from "./update-due.ts";

/** Who did something, as shown next to it: never more of the user than this. */
export type UserRef = { id: string; name: string | null; email: string };
export const USER_REF_SELECT = { id: true, name: true, email: true } as const;

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export type ServiceRef = { id: string; slug: string; name: string };
const SERVICE_REF_SELECT = { id: true, slug: true, name: true } as const;

export const INCIDENT_SUMMARY_SELECT = {
  id: true,
  number: true,
  title: true,
  severity: true,
  status: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  ...SLA_OUTCOME_SELECT,
  createdAt: true,
  /** The latest entry that restarted the status-update clock (the detail reads every entry instead). */
  events: {
    where: { kind: { in: [...UPDATE_CLOCK_KINDS] } },
    orderBy: [{ at: "desc" }, { createdAt: "desc" }],
    take: 1,
    select: { kind: true, at: true },
  },
  service: { select: SERVICE_REF_SELECT },
  services: { select: { service: { select: SERVICE_REF_SELECT } }, orderBy: { service: { name: "asc" } } },
  commander: { select: USER_REF_SELECT },
  commsLead: { select: USER_REF_SELECT },
  customerFacing: true,
  public: true,
  postmortem: { select: { id: true } },
  escalation: { select: { unansweredAt: true, stoppedAt: true } },
} as const satisfies IncidentSelect;

export type IncidentSummaryDto = {
  id: string;
  number: number;
  title: string;
  severity: Severity;
  severityLabel: string;
  status: IncidentStatus;
  /** The first affected service. */
  service: ServiceRef | null;
  /** Every affected service, by name. */
  services: ServiceRef[];
  commander: UserRef | null;
  commsLead: UserRef | null;
  customerFacing: boolean;
  /** Published on the status page, with its status updates. */
  public: boolean;
  detectedAt: string;
  acknowledgedAt: string | null;
  /** The acknowledgement, or the first resolution of one nobody acknowledged. */
  respondedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  /** Against the targets it was declared under (or given by its last severity change). */
  sla: SlaStatusDto;
  /** The next status update the policy's cadence asks for; null once resolved or without a cadence. */
  nextUpdate: NextUpdateDto | null;
  /** Whether the policy asks for a postmortem of its severity. */
  postmortemRequired: boolean;
  postmortemId: string | null;
  /** When its escalation ran out with nobody acknowledging; null once acknowledged or resolved. */
  unansweredAt: string | null;
};

/** A summary row; the detail's row carries every timeline entry in `events` instead of the latest clock one. */
type SummaryRow = Omit<IncidentGetPayload<{ select: typeof INCIDENT_SUMMARY_SELECT }>, "events"> & {
  events: { kind: string; at: Date }[];
};

export function toIncidentSummary(row: SummaryRow, now: Date, policy: SeverityPolicyMap): IncidentSummaryDto {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    severity: row.severity,
    severityLabel: severityLabel(row.severity),
    status: row.status,
    service: row.service,
    services: row.services.map((s) => s.service),
    commander: row.commander,
    commsLead: row.commsLead,
    customerFacing: row.customerFacing,
    public: row.public,
    detectedAt: row.detectedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    respondedAt: iso(row.respondedAt),
    mitigatedAt: iso(row.mitigatedAt),
    resolvedAt: iso(row.resolvedAt),
    sla: slaStatusDto(slaStatus({ ...row, now })),
    nextUpdate: nextUpdate({
      resolved: row.status === "RESOLVED",
      cadenceMinutes: policy[row.severity].updateCadenceMinutes,
      createdAt: row.createdAt,
      events: row.events,
    }),
    postmortemRequired: policy[row.severity].postmortemRequired,
    postmortemId: row.postmortem?.id ?? null,
    unansweredAt: row.escalation?.stoppedAt ? null : iso(row.escalation?.unansweredAt),
  };
}
