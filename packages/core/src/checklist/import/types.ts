import type { ChecklistCadence } from "@opsdeck/db";

export type FoundItem = { title: string; detail: string | null };

export type FoundChecklist = {
  /** From the heading or bold label, e.g. "Daily Maintenance", "Pre-Deployment Checklist". */
  name: string;
  cadence: ChecklistCadence;
  items: FoundItem[];
  /** 1-based line in the Markdown where the checklist's heading/label is, for the preview. */
  line: number;
};

/** A list under a heading or label that says "checklist" but names no cadence. */
export type SkippedList = { name: string; line: number; items: number; reason: string };

export type ChecklistFinds = { checklists: FoundChecklist[]; skipped: SkippedList[] };
