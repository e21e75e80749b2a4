import type { EscalationStepDto, StepTargetDto, TCreatePolicy, TUpdatePolicy } from "@opsdeck/core";
import { numberedRows } from "../checklist/numbered-rows";

/** One step as the editor holds it: `key` is stable across moves, `target` a whom-to-page option's value. */
export type StepDraft = { key: string; target: string; waitMinutes: string };

export type StepField = "notify" | "waitMinutes";
export const STEP_FIELDS: readonly StepField[] = ["notify", "waitMinutes"];

/** The form control of a step's field; the service's `steps.2.notify.layer` error lands on `steps.2.notify`. */
export const stepControl = (index: number, field: StepField) => `steps.${index}.${field}`;

export const blankStep = (key: string): StepDraft => ({ key, target: "", waitMinutes: "" });

/** A step target as the select's option value: the JSON the service reads. */
export const targetValue = (t: StepTargetDto) =>
  JSON.stringify("email" in t ? { email: t.email } : { schedule: t.schedule, layer: t.layer });

export const stepDrafts = (steps: EscalationStepDto[]): StepDraft[] =>
  steps.map((s, i) => ({ key: `saved-${i}`, target: targetValue(s.notify), waitMinutes: String(s.waitMinutes) }));

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

/** A whole number where one is written, else the text itself, so the service's schema names the mistake. */
function count(value: string): number | undefined {
  const v = value.trim();
  if (v === "") return undefined;
  return (/^-?\d{1,9}$/.test(v) ? Number(v) : v) as number;
}

/** The target's schedule, layer and email as sent; anything else (or nothing chosen) is an empty target. */
function target(value: string): TCreatePolicy["steps"][number]["notify"] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== "object") return {};
  const out: Record<string, string> = {};
  for (const k of ["schedule", "layer", "email"] as const) {
    const v = (parsed as Record<string, unknown>)[k];
    if (typeof v === "string") out[k] = v;
  }
  return out;
}

const STEP_CONTROL = /^steps\.(\d{1,3})\.(notify|waitMinutes)$/;

function stepsInput(form: FormData): TCreatePolicy["steps"] {
  return numberedRows(form, STEP_CONTROL).map((r) => ({
    notify: target(r.notify ?? ""),
    waitMinutes: count(r.waitMinutes ?? "") as number,
  }));
}

/** Untrusted: createEscalationPolicy parses it with the shared schema and names each mistake. */
export function policyInput(form: FormData): TCreatePolicy {
  const strings = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  const hours = text(form, "hours");
  return {
    name: text(form, "name"),
    severities: strings("severities") as TCreatePolicy["severities"],
    services: strings("services"),
    ...(hours ? { hours: hours as TCreatePolicy["hours"] } : {}),
    steps: stepsInput(form),
    repeat: count(text(form, "repeat")) as number,
  };
}

/** An edit sends the whole policy with its id. */
export const updatePolicyInput = (form: FormData): TUpdatePolicy => ({ ...policyInput(form), id: text(form, "id") });

/** What the form offers: schedules' layers and people to page, services to cover. */
export type PolicyChoices = {
  schedules: { name: string; layers: string[] }[];
  users: { email: string; name: string | null }[];
  services: { slug: string; name: string }[];
};
