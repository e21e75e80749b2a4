import type { Paragraph } from "mdast";
import { inlineText, withoutColon } from "./text.ts";

/**
 * The text of a paragraph that is only a bold label ("**Weekly:**", "**Check Database Size**:"),
 * without its colon; null for any other paragraph.
 */
export function boldLabel(paragraph: Paragraph): string | null {
  const parts = paragraph.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const [strong, rest, ...more] = parts;
  if (strong?.type !== "strong" || more.length > 0) return null;
  if (rest && !(rest.type === "text" && rest.value.trim() === ":")) return null;
  const label = withoutColon(inlineText(strong));
  return label === "" ? null : label;
}
