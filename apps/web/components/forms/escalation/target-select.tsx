import type { StepTargetDto } from "@opsdeck/core";
import { type PolicyChoices, targetValue } from "./policy-values";

type Props = {
  id: string;
  name: string;
  value: string;
  choices: PolicyChoices;
  onChange: (value: string) => void;
  /** Set by the surrounding Field. */
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
};

/** Whom a step pages: a schedule layer's current person (grouped by schedule) or a named person. */
export function TargetSelect({ id, name, value, choices, onChange, ...rest }: Props) {
  const options: { group: string; label: string; target: StepTargetDto }[] = [
    ...choices.schedules.flatMap((s) =>
      s.layers.map((layer) => ({
        group: `Schedule ${s.name}`,
        label: `Current ${layer} of ${s.name}`,
        target: { schedule: s.name, layer },
      })),
    ),
    ...choices.users.map((u) => ({
      group: "A named person",
      label: u.name ? `${u.name} (${u.email})` : u.email,
      target: { email: u.email },
    })),
  ];
  const groups = [...new Set(options.map((o) => o.group))];
  // A stored step whose schedule, layer or person is no longer offered keeps its value until changed.
  const known = value === "" || options.some((o) => targetValue(o.target) === value);
  return (
    <select id={id} name={name} className="input" value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      <option value="">Choose whom to page</option>
      {!known && <option value={value}>As saved</option>}
      {groups.map((g) => (
        <optgroup key={g} label={g}>
          {options
            .filter((o) => o.group === g)
            .map((o) => {
              const v = targetValue(o.target);
              return (
                <option key={v} value={v}>
                  {o.label}
                </option>
              );
            })}
        </optgroup>
      ))}
    </select>
  );
}
