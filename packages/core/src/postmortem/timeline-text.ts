import { formatStamp } from "../time/format.ts";

/** One line of a postmortem's written timeline: "- 2026-11-23 14:05 UTC — Acknowledged". */
export const timelineLine = (at: Date, message: string): string =>
  `- ${formatStamp(at, "UTC")} — ${message.replace(/\s*\n\s*/g, " ")}`;
