import type { ResponseDefaultStepDto, TSetResponseDefaults } from "@opsdeck/core";

/** One step as the editor holds it: `key` is stable across moves. */
export type StepDraft = { key: string; title: string; detail: string };

export type StepField = "title" | "detail";
export const STEP_FIELDS: readonly StepField[] = ["title", "detail"];

/** The form control of a step's field; a service's `steps.2.title` error lands on it unchanged. */
export const stepControl = (index: number, field: StepField) => `steps.${index}.${field}`;

export const blankStep = (key: string): StepDraft => ({ key, title: "", detail: "" });

export const stepDrafts = (steps: ResponseDefaultStepDto[]): StepDraft[] =>
  steps.map((s, i) => ({ key: `saved-${i}`, title: s.title, detail: s.detail ?? "" }));

const STEP_CONTROL = /^steps\.(\d{1,3})\.(title|detail)$/;

/** Untrusted: setResponseDefaults parses it with the shared schema and names each mistake. */
export function defaultsInput(form: FormData): TSetResponseDefaults {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of form.entries()) {
    const m = STEP_CONTROL.exec(name);
    if (!m || typeof value !== "string") continue;
    const index = Number(m[1]);
    rows.set(index, { ...rows.get(index), [m[2] as string]: value });
  }
  const steps = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => ({ title: r.title ?? "", detail: r.detail ?? "" }));
  return { severity: String(form.get("severity") ?? "") as TSetResponseDefaults["severity"], steps };
}
