import type { ResponseDefaultStepDto, TSetResponseDefaults } from "@opsdeck/core";
import { numberedRows } from "../checklist/numbered-rows";

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
  const steps = numberedRows(form, STEP_CONTROL).map((r) => ({ title: r.title ?? "", detail: r.detail ?? "" }));
  return { severity: String(form.get("severity") ?? "") as TSetResponseDefaults["severity"], steps };
}
