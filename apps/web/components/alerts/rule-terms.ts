export { ruleTerms } from "@opsdeck/core/alert/terms";

/** The group's name as shown: its service, or "all series" when the series has no service label. */
export const groupName = (g: string) => g || "all series";
