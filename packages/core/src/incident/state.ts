import type { Prisma } from "@opsdeck/db";
import { SLA_OUTCOME_SELECT } from "./sla-outcome.ts";

export type Tx = Prisma.TransactionClient;

/** The fields a mutation reads, changes and keeps in its audit row. */
export const INCIDENT_STATE_SELECT = {
  id: true,
  number: true,
  title: true,
  severity: true,
  status: true,
  commanderId: true,
  commsLeadId: true,
  customerFacing: true,
  public: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  ...SLA_OUTCOME_SELECT,
} as const satisfies Prisma.IncidentSelect;

export type IncidentState = Prisma.IncidentGetPayload<{ select: typeof INCIDENT_STATE_SELECT }>;
