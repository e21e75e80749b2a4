import { SEVERITIES, severityLabel } from "@opsdeck/core/severity/policy";

/** One option per severity, labelled with its name and scope. */
export function SeverityOptions() {
  return SEVERITIES.map((s) => (
    <option key={s} value={s}>
      {severityLabel(s)}
    </option>
  ));
}
