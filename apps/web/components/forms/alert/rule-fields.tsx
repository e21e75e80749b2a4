import type { AlertPreset, AlertRuleDto } from "@opsdeck/core";
import { SEVERITIES } from "@opsdeck/core/severity/policy";
import { Field } from "@/components/ui/field";

type Values = Omit<AlertPreset, "key" | "summary"> & { name: string; enabled?: boolean };
type Props = { v: Values | AlertRuleDto; fe: Record<string, string[]>; idp: string };

const AGGREGATIONS = [
  ["AVG", "average"],
  ["MIN", "minimum"],
  ["MAX", "maximum"],
  ["LAST", "last value"],
  ["SUM", "sum"],
  ["COUNT", "count of points"],
] as const;
const COMPARATORS = [
  ["GT", "above (>)"],
  ["GTE", "at or above (≥)"],
  ["LT", "below (<)"],
  ["LTE", "at or below (≤)"],
] as const;

function Select({
  id,
  name,
  value,
  options,
}: {
  id: string;
  name: string;
  value: string;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <select id={id} name={name} className="input" defaultValue={value}>
      {options.map(([k, label]) => (
        <option key={k} value={k}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** The fields of a rule, filled from a preset or the rule itself; durations are typed in minutes. */
export function RuleFields({ v, fe, idp }: Props) {
  const id = (n: string) => `${idp}-${n}`;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label="Name" name="name" id={id("name")} errors={fe.name}>
        <input id={id("name")} name="name" className="input" autoComplete="off" defaultValue={v.name} />
      </Field>
      <Field
        label="Series"
        name="series"
        id={id("series")}
        errors={fe.series}
        hint="e.g. app.error_rate, pg.connection_usage"
      >
        <input id={id("series")} name="series" className="input font-mono" autoComplete="off" defaultValue={v.series} />
      </Field>
      <Field
        label="Labels"
        name="labels"
        id={id("labels")}
        errors={fe.labels}
        hint="Optional, e.g. service=storefront; each service is judged apart"
      >
        <input id={id("labels")} name="labels" className="input font-mono" autoComplete="off" defaultValue={v.labels} />
      </Field>
      <Field label="Aggregation" name="aggregation" id={id("aggregation")} errors={fe.aggregation}>
        <Select id={id("aggregation")} name="aggregation" value={v.aggregation} options={AGGREGATIONS} />
      </Field>
      <Field
        label="Window (minutes)"
        name="windowSeconds"
        id={id("windowSeconds")}
        errors={fe.windowSeconds}
        hint="How far back the aggregation reads"
      >
        <input
          id={id("windowSeconds")}
          name="windowSeconds"
          className="input"
          inputMode="decimal"
          defaultValue={v.windowSeconds / 60}
        />
      </Field>
      <Field label="Comparison" name="comparator" id={id("comparator")} errors={fe.comparator}>
        <Select id={id("comparator")} name="comparator" value={v.comparator} options={COMPARATORS} />
      </Field>
      <Field label="Threshold" name="threshold" id={id("threshold")} errors={fe.threshold}>
        <input id={id("threshold")} name="threshold" className="input" inputMode="decimal" defaultValue={v.threshold} />
      </Field>
      <Field
        label="For (minutes)"
        name="forSeconds"
        id={id("forSeconds")}
        errors={fe.forSeconds}
        hint="How long it must hold to fire; 0 fires at once"
      >
        <input
          id={id("forSeconds")}
          name="forSeconds"
          className="input"
          inputMode="decimal"
          defaultValue={v.forSeconds / 60}
        />
      </Field>
      <Field label="Severity" name="severity" id={id("severity")} errors={fe.severity}>
        <Select
          id={id("severity")}
          name="severity"
          value={v.severity}
          options={SEVERITIES.map((s) => [s, s] as const)}
        />
      </Field>
      <Field label="When it fires" name="action" id={id("action")} errors={fe.action}>
        <Select
          id={id("action")}
          name="action"
          value={v.action}
          options={[
            ["INCIDENT", "Open an incident"],
            ["INCIDENT_NOTIFY", "Open an incident and notify"],
            ["NOTIFY", "Notify only (no incident)"],
          ]}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="weekdaysOnly" defaultChecked={v.weekdaysOnly} />
        <span>Weekdays only (UTC)</span>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={v.enabled ?? true} />
        <span>Enabled</span>
      </label>
    </div>
  );
}
