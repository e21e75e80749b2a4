import type { IncidentGetPayload, IncidentSelect, IncidentStatus, Severity } from "@opsdeck/db";
import { type SlaStatusDto, severityLabel, slaStatus, slaStatusDto } from "../severity/policy.ts";

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
  detectedAt: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  resolvedAt: true,
  service: { select: SERVICE_REF_SELECT },
  services: { select: { service: { select: SERVICE_REF_SELECT } }, orderBy: { service: { name: "asc" } } },
  commander: { select: USER_REF_SELECT },
  commsLead: { select: USER_REF_SELECT },
  customerFacing: true,
  public: true,
  postmortem: { select: { id: true } },
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
  mitigatedAt: string | null;
  resolvedAt: string | null;
  sla: SlaStatusDto;
  postmortemId: string | null;
};

type SummaryRow = IncidentGetPayload<{ select: typeof INCIDENT_SUMMARY_SELECT }>;

export function toIncidentSummary(row: SummaryRow, now: Date): IncidentSummaryDto {
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
    mitigatedAt: iso(row.mitigatedAt),
    resolvedAt: iso(row.resolvedAt),
    sla: slaStatusDto(slaStatus({ ...row, now })),
    postmortemId: row.postmortem?.id ?? null,
  };
}
