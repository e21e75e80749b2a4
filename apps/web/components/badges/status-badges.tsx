import type {
  ActionItemStatus,
  ActionStatus,
  ChecklistCadence,
  IncidentStatus,
  PostmortemStatus,
  ServiceTier,
} from "@opsdeck/db";
import type { RunStatus } from "@opsdeck/core/checklist/run-status";
import { Badge, type Tone } from "./badge";

const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replaceAll("_", " ");

const INCIDENT: Record<IncidentStatus, Tone> = {
  INVESTIGATING: "red",
  IDENTIFIED: "orange",
  MONITORING: "sky",
  RESOLVED: "emerald",
};
export const IncidentStatusBadge = ({ status }: { status: IncidentStatus }) => (
  <Badge tone={INCIDENT[status]}>{label(status)}</Badge>
);

const POSTMORTEM: Record<PostmortemStatus, Tone> = { DRAFT: "slate", IN_REVIEW: "amber", PUBLISHED: "emerald" };
export const PostmortemStatusBadge = ({ status }: { status: PostmortemStatus }) => (
  <Badge tone={POSTMORTEM[status]}>{label(status)}</Badge>
);

const ACTION_ITEM: Record<ActionItemStatus, Tone> = { OPEN: "slate", IN_PROGRESS: "sky", DONE: "emerald" };
export const ActionItemStatusBadge = ({ status }: { status: ActionItemStatus }) => (
  <Badge tone={ACTION_ITEM[status]}>{label(status)}</Badge>
);

const TIER: Record<ServiceTier, Tone> = { TIER_1: "violet", TIER_2: "sky", TIER_3: "slate" };
export const TierBadge = ({ tier }: { tier: ServiceTier }) => <Badge tone={TIER[tier]}>{label(tier)}</Badge>;

export const CADENCE_LABEL: Record<ChecklistCadence, string> = {
  DAILY: "Daily",
  WEEKLY: "Weekly",
  MONTHLY: "Monthly",
  QUARTERLY: "Quarterly",
  PRE_DEPLOY: "Pre-deploy",
};

export const RUN_STATUS_LABEL: Record<RunStatus, string> = {
  OPEN: "Open",
  OVERDUE: "Overdue",
  MISSED: "Missed",
  SIGNED: "Signed off",
  LATE: "Signed late",
};
const RUN_STATUS: Record<RunStatus, Tone> = {
  OPEN: "sky",
  OVERDUE: "amber",
  MISSED: "red",
  SIGNED: "emerald",
  LATE: "orange",
};
/** A checklist run's status; "Not started" when its period has no run yet. */
export const ChecklistRunStatusBadge = ({ status }: { status: RunStatus | null }) =>
  status ? (
    <Badge tone={RUN_STATUS[status]}>{RUN_STATUS_LABEL[status]}</Badge>
  ) : (
    <Badge tone="slate">Not started</Badge>
  );

const ACTION_RUN: Record<ActionStatus, Tone> = {
  AWAITING_APPROVAL: "amber",
  QUEUED: "slate",
  RUNNING: "sky",
  SUCCEEDED: "emerald",
  FAILED: "red",
  CANCELLED: "slate",
  EXPIRED: "slate",
};
export const ActionStatusBadge = ({ status }: { status: ActionStatus }) => (
  <Badge tone={ACTION_RUN[status]}>{label(status)}</Badge>
);
