import { z } from "zod";
import { ZIncidentNumber, ZSeverity } from "../incident/schemas.ts";
import { optionalText } from "../zod-text.ts";

export const STEP_TITLE_MAX = 120;
export const STEP_DETAIL_MAX = 2000;
export const MAX_STEPS = 30;
export const SKIP_REASON_MAX = 500;

export const ZResponseStepInput = z.object({
  title: z
    .string({ error: "Enter a title" })
    .trim()
    .min(1, "Enter a title")
    .max(STEP_TITLE_MAX, `Use at most ${STEP_TITLE_MAX} characters`),
  detail: optionalText(STEP_DETAIL_MAX).describe("How to do it; `text in backticks` is shown as a command to copy"),
});
export type TResponseStepInput = z.input<typeof ZResponseStepInput>;

/** Titles name steps: a severity raise adds the steps whose titles the incident lacks, so they must differ. */
export const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export const ZSetResponseDefaults = z.object({
  severity: ZSeverity,
  steps: z
    .array(ZResponseStepInput, { error: "Give the list of steps" })
    .max(MAX_STEPS, `Use at most ${MAX_STEPS} steps`)
    .superRefine((steps, c) => {
      steps.forEach((s, i) => {
        if (steps.findIndex((o) => sameTitle(o.title, s.title)) < i)
          c.addIssue({ code: "custom", path: [i, "title"], message: "Another step has this title" });
      });
    })
    .describe("In order; replaces the severity's whole list (an empty list: incidents of it start with none)"),
});
export type TSetResponseDefaults = z.input<typeof ZSetResponseDefaults>;

export const ZResponseSeverityRef = z.object({ severity: ZSeverity });
export type TResponseSeverityRef = z.input<typeof ZResponseSeverityRef>;

export const ZIncidentResponseRef = z.object({ number: ZIncidentNumber });
export type TIncidentResponseRef = z.input<typeof ZIncidentResponseRef>;

export const ZStepId = z.string({ error: "Give a step id" }).min(1, "Give a step id").max(64, "No such step");

/** Tick (done), untick (done: false) or skip with a reason (done: false and skipReason). */
export const ZSetResponseStep = z
  .object({
    number: ZIncidentNumber,
    stepId: ZStepId,
    done: z.boolean({ error: "Use true or false" }),
    skipReason: optionalText(SKIP_REASON_MAX).describe(
      "With done false: skip the step for this reason; left out or empty: the step is open again",
    ),
  })
  .refine((o) => !(o.done && o.skipReason), {
    path: ["skipReason"],
    message: "A done step is not skipped: leave the reason out",
  });
export type TSetResponseStep = z.input<typeof ZSetResponseStep>;
