// Imported by the browser: plain values only, no zod and no database code.

/** The written sections below the title, in the runbook template's order. */
export const POSTMORTEM_SECTIONS = [
  "summary",
  "impact",
  "timeline",
  "trigger",
  "rootCause",
  "resolution",
  "whatWentWell",
  "whatWentWrong",
  "lessonsLearned",
] as const;
export const POSTMORTEM_TEXT_FIELDS = ["title", ...POSTMORTEM_SECTIONS] as const;
export type PostmortemTextField = (typeof POSTMORTEM_TEXT_FIELDS)[number];

export const POSTMORTEM_NUMBER_FIELDS = ["usersAffected", "revenueLostCents"] as const;
export type PostmortemNumberField = (typeof POSTMORTEM_NUMBER_FIELDS)[number];

export type PostmortemField = PostmortemTextField | PostmortemNumberField;
export const POSTMORTEM_FIELDS: readonly PostmortemField[] = [...POSTMORTEM_TEXT_FIELDS, ...POSTMORTEM_NUMBER_FIELDS];

export const FIELD_LABELS: Record<PostmortemField, string> = {
  title: "Title",
  summary: "Summary",
  impact: "Impact",
  timeline: "Timeline",
  trigger: "Trigger",
  rootCause: "Root cause",
  resolution: "Resolution",
  whatWentWell: "What went well",
  whatWentWrong: "What went wrong",
  lessonsLearned: "Lessons learned",
  usersAffected: "Users affected",
  revenueLostCents: "Revenue lost",
};

/** Publishing needs these written. */
export const REQUIRED_TO_PUBLISH = ["impact", "rootCause"] as const satisfies readonly PostmortemTextField[];

export const PM_TITLE_MAX = 200;
export const SECTION_MAX = 20_000;
export const ACTION_TITLE_MAX = 500;
/** Postgres integers. */
export const MAX_COUNT = 2_147_483_647;

export const ACTION_ITEM_KINDS = ["PREVENT", "DETECT", "RESPOND"] as const;
export const ACTION_ITEM_STATUSES = ["OPEN", "IN_PROGRESS", "DONE"] as const;
export const KIND_LABELS = { PREVENT: "Prevent", DETECT: "Detect", RESPOND: "Respond" } as const;

/** "$1,234.50" from cents. */
export const formatMoney = (cents: number): string =>
  `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
