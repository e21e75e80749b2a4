import type { IncidentGetPayload, IncidentSelect, IncidentStatus, Severity } from "@opsdeck/db";
import { type SlaStatusDto, severityLabel, slaStatus, slaStatusDto } from "../severity/policy.ts";

/** Who did something, as shown next to it: never more of the user than this. */
export type UserRef = { id: string; name: string | null; email: string };
export const USER_REF_SELECT = { id: true, name: true, email: true } as const;

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

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
  service: { select: { id: true, slug: true, name: true } },
  commander: { select: USER_REF_SELECT },
  postmortem: { select: { id: true } },
} as const satisfies IncidentSelect;

export type IncidentSummaryDto = {
  id: string;
  number: number;
  title: string;
  severity: Severity;
  severityLabel: string;
  status: IncidentStatus;
  service: { id: string; slug: string; name: string } | null;
  commander: UserRef | null;
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
    commander: row.commander,
    detectedAt: row.detectedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    mitigatedAt: iso(row.mitigatedAt),
    resolvedAt: iso(row.resolvedAt),
    sla: slaStatusDto(slaStatus({ ...row, now })),
    postmortemId: row.postmortem?.id ?? null,
  };
}
