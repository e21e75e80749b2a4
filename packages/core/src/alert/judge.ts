import type { AlertRuleGroupModel, AlertRuleModel, AlertState } from "@opsdeck/db";
import type { AnyCtx } from "../roles.ts";
import { type GroupState, isWeekend, nextState, type WindowSummary, windowValue } from "./evaluate.ts";
import type { GroupService } from "./incident.ts";

export type GroupRow = GroupState & {
  ruleId: string;
  group: string;
  value: number | null;
  noData: boolean;
  silenced: boolean;
};
export type Transition = {
  group: string;
  service: GroupService;
  from: AlertState;
  to: AlertState;
  value: number | null;
};
export type Judgement = { rows: GroupRow[]; transitions: Transition[] };
export type Context = { ctx: AnyCtx; now: Date; services: Map<string, GroupService>; silenced: Set<string> };

const stateOf = (g: AlertRuleGroupModel | undefined, now: Date): GroupState =>
  g
    ? { state: g.state, since: g.since, pendingSince: g.pendingSince }
    : { state: "OK", since: now, pendingSince: null };

/** Each group's next state from its window: the rows to store and the state changes among them. */
export function judgeRule(
  rule: AlertRuleModel & { groups: AlertRuleGroupModel[] },
  windows: Map<string, WindowSummary>,
  c: Context,
): Judgement {
  const existing = new Map(rule.groups.map((g) => [g.group, g]));
  const out: Judgement = { rows: [], transitions: [] };
  const offHours = rule.weekdaysOnly && isWeekend(c.now);
  for (const group of new Set([...windows.keys(), ...existing.keys()])) {
    const service = c.services.get(group) ?? null;
    const value = windowValue(windows.get(group) ?? null, rule.aggregation);
    const silenced = service !== null && c.silenced.has(service.id);
    const prev = stateOf(existing.get(group), c.now);
    const next = nextState(prev, { value, silenced, offHours }, rule, c.now);
    out.rows.push({ ruleId: rule.id, group, ...next, value, noData: value === null, silenced });
    if (next.state !== prev.state) out.transitions.push({ group, service, from: prev.state, to: next.state, value });
  }
  return out;
}
