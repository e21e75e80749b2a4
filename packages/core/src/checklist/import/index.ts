export { cadenceOfHeading } from "./cadence.ts";
export { MAX_MARKDOWN_CHARS } from "./limits.ts";
export { findChecklists } from "./parse.ts";
export type { ChecklistFinds, FoundChecklist, FoundItem, SkippedList } from "./types.ts";
