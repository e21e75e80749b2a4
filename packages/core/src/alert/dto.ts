import type { AlertRuleGroupModel, AlertRuleModel, AlertState, Prisma } from "@opsdeck/db";
import type { Labels } from "../metric/labels.ts";

export type AlertGroupDto = {
  /** The service's slug; "" when the series has no service label. */
  group: string;
  state: AlertState;
  since: string;
  value: number | null;
  noData: boolean;
  silenced: boolean;
  evaluatedAt: string;
};

export type AlertRuleDto = Pick<
  AlertRuleModel,
  | "id"
  | "name"
  | "preset"
  | "series"
  | "aggregation"
  | "windowSeconds"
  | "comparator"
  | "threshold"
  | "forSeconds"
  | "severity"
  | "action"
  | "weekdaysOnly"
  | "enabled"
  | "version"
> & {
  /** The label filter as key=value pairs separated by commas. */
  labels: string;
  /** The most urgent of its groups' states (OK with none). */
  state: AlertState;
  groups: AlertGroupDto[];
  evaluatedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export const RULE_SELECT = { groups: { orderBy: { group: "asc" } } } as const satisfies Prisma.AlertRuleInclude;

const URGENCY: AlertState[] = ["OK", "RESOLVED", "PENDING", "FIRING"];

export const worstState = (states: AlertState[]): AlertState =>
  states.reduce<AlertState>((a, s) => (URGENCY.indexOf(s) > URGENCY.indexOf(a) ? s : a), "OK");

export const labelsText = (labels: unknown): string =>
  Object.entries((labels ?? {}) as Labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");

const groupDto = (g: AlertRuleGroupModel): AlertGroupDto => ({
  group: g.group,
  state: g.state,
  since: g.since.toISOString(),
  value: g.value,
  noData: g.noData,
  silenced: g.silenced,
  evaluatedAt: g.evaluatedAt.toISOString(),
});

export function toAlertRuleDto(r: AlertRuleModel & { groups: AlertRuleGroupModel[] }): AlertRuleDto {
  return {
    id: r.id,
    name: r.name,
    preset: r.preset,
    series: r.series,
    labels: labelsText(r.labels),
    aggregation: r.aggregation,
    windowSeconds: r.windowSeconds,
    comparator: r.comparator,
    threshold: r.threshold,
    forSeconds: r.forSeconds,
    severity: r.severity,
    action: r.action,
    weekdaysOnly: r.weekdaysOnly,
    enabled: r.enabled,
    version: r.version,
    state: worstState(r.groups.map((g) => g.state)),
    groups: r.groups.map(groupDto),
    evaluatedAt: r.evaluatedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
