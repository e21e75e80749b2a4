import type { ListItem } from "mdast";
import { detailOf, sourceOf } from "./detail.ts";
import { inlineText, titleOf } from "./text.ts";
import type { FoundItem } from "./types.ts";

// GFM reads "- [ ]" with nothing after the box as plain text, not as a task item.
const BARE_BOX = new Set(["[ ]", "[x]", "[X]"]);

/**
 * A list item as a checklist item: its first paragraph is the title, anything after it
 * (nested lists, more paragraphs, code) is the detail as Markdown. Null when it has no title.
 */
export function itemOfListItem(listItem: ListItem, markdown: string): FoundItem | null {
  const [first, ...rest] = listItem.children;
  if (first?.type !== "paragraph") return null;
  const title = titleOf(inlineText(first));
  if (title === "" || BARE_BOX.has(title)) return null;
  return { title, detail: rest.length === 0 ? null : detailOf(sourceOf(rest, markdown)) };
}
