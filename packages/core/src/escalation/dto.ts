import type { EscalationHours, Prisma, Severity } from "@opsdeck/db";

export type StepTargetDto = { schedule: string; layer: string } | { email: string };
export type EscalationStepDto = { notify: StepTargetDto; waitMinutes: number };
export type EscalationPolicyDto = {
  id: string;
  name: string;
  severities: Severity[];
  services: string[];
  hours: EscalationHours;
  repeat: number;
  steps: EscalationStepDto[];
};

export const POLICY_INCLUDE = {
  steps: {
    orderBy: { position: "asc" },
    include: { schedule: { select: { name: true } }, user: { select: { email: true } } },
  },
} as const satisfies Prisma.EscalationPolicyInclude;

export type PolicyRow = Prisma.EscalationPolicyGetPayload<{ include: typeof POLICY_INCLUDE }>;

export const toPolicyDto = (p: PolicyRow): EscalationPolicyDto => ({
  id: p.id,
  name: p.name,
  severities: p.severities,
  services: p.services,
  hours: p.hours,
  repeat: p.repeat,
  steps: p.steps.map((s) => ({
    notify: s.user ? { email: s.user.email } : { schedule: s.schedule?.name ?? "", layer: s.layerName ?? "" },
    waitMinutes: s.waitMinutes,
  })),
});
