import type { Prisma, ResponseStepStatus, Severity } from "@opsdeck/db";
import { iso, USER_REF_SELECT, type UserRef } from "../incident/dto.ts";

export type ResponseStepDto = {
  id: string;
  position: number;
  title: string;
  detail: string | null;
  /** The severity whose defaults it came from. */
  severity: Severity;
  status: ResponseStepStatus;
  skipReason: string | null;
  /** Who marked it done or skipped, and when; null while open. */
  answeredBy: UserRef | null;
  answeredAt: string | null;
};

export type IncidentResponseDto = {
  number: number;
  incidentId: string;
  severity: Severity;
  steps: ResponseStepDto[];
  done: number;
  skipped: number;
  total: number;
};

export type ResponseDefaultStepDto = { title: string; detail: string | null };
export type ResponseDefaultsDto = { severity: Severity; steps: ResponseDefaultStepDto[]; updatedAt: string | null };

export const RESPONSE_STEP_SELECT = {
  id: true,
  position: true,
  title: true,
  detail: true,
  severity: true,
  status: true,
  skipReason: true,
  answeredAt: true,
  answeredBy: { select: USER_REF_SELECT },
} as const satisfies Prisma.IncidentResponseStepSelect;

type StepRow = Prisma.IncidentResponseStepGetPayload<{ select: typeof RESPONSE_STEP_SELECT }>;

export const toResponseStep = (s: StepRow): ResponseStepDto => ({ ...s, answeredAt: iso(s.answeredAt) });

export function toIncidentResponse(
  incident: { id: string; number: number; severity: Severity },
  rows: StepRow[],
): IncidentResponseDto {
  const steps = rows.map(toResponseStep);
  return {
    number: incident.number,
    incidentId: incident.id,
    severity: incident.severity,
    steps,
    done: steps.filter((s) => s.status === "DONE").length,
    skipped: steps.filter((s) => s.status === "SKIPPED").length,
    total: steps.length,
  };
}
