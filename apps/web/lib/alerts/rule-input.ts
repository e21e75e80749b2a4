import type { TCreateAlertRule } from "@opsdeck/core";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
/** A number field as typed: empty stays a string so that the schema names the field. */
const num = (form: FormData, name: string): unknown => {
  const v = text(form, name).trim();
  return v !== "" && Number.isFinite(Number(v)) ? Number(v) : v;
};
/** Minutes typed in the form, seconds for the service. */
const minutes = (form: FormData, name: string): unknown => {
  const v = num(form, name);
  return typeof v === "number" ? Math.round(v * 60) : v;
};

/** The rule form's fields as the service's input (its schema reports what is wrong, per field). */
export function alertRuleInput(form: FormData): TCreateAlertRule {
  return {
    name: text(form, "name"),
    preset: text(form, "preset") || null,
    series: text(form, "series"),
    labels: text(form, "labels"),
    aggregation: text(form, "aggregation"),
    windowSeconds: minutes(form, "windowSeconds"),
    comparator: text(form, "comparator"),
    threshold: num(form, "threshold"),
    forSeconds: minutes(form, "forSeconds"),
    severity: text(form, "severity"),
    action: text(form, "action"),
    weekdaysOnly: form.get("weekdaysOnly") === "on",
    enabled: form.get("enabled") === "on",
  } as TCreateAlertRule;
}
