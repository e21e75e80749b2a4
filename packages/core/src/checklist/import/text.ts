import type { Nodes } from "mdast";
import { toString as plain } from "mdast-util-to-string";
import { MAX_TITLE_CHARS } from "./limits.ts";

/** Shortens `text` to at most `max` characters, ending in "…" when cut (never inside a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return "";
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

export const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** A heading's, label's or paragraph's text as one line: inline code keeps its backticks, links become their text. */
export function inlineText(node: Nodes): string {
  return collapse(textOf(node));
}

function textOf(node: Nodes): string {
  switch (node.type) {
    case "inlineCode":
      return `\`${node.value}\``;
    case "html":
    case "footnoteReference":
      return "";
    case "break":
      return " ";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    default:
      return "children" in node ? node.children.map(textOf).join("") : plain(node);
  }
}

/** Drops a label's trailing colon: "Check Database Size:" → "Check Database Size". */
export function withoutColon(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ":" || text[end - 1] === " ")) end -= 1;
  return text.slice(0, end);
}

/** An item title: one line, no trailing colon, at most MAX_TITLE_CHARS; "" when there is no text. */
export const titleOf = (text: string): string => clip(withoutColon(collapse(text)), MAX_TITLE_CHARS);
