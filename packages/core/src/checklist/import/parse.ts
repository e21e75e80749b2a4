import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { finds } from "./collector.ts";
import { MAX_MARKDOWN_CHARS } from "./limits.ts";
import type { ChecklistFinds } from "./types.ts";
import { ChecklistWalk } from "./walk.ts";

/**
 * The checklists a runbook's Markdown holds: task lists, plain lists, numbered comments in code
 * blocks and bold-labelled blocks under a heading or bold label that names a cadence. Lists whose
 * heading says "checklist" but names no cadence are reported as skipped. Never throws.
 */
export function findChecklists(markdown: string): ChecklistFinds {
  const text = prepare(markdown);
  const root = parse(text);
  if (root === null) return { checklists: [], skipped: [] };
  const walk = new ChecklistWalk(text);
  walk.flow(root.children, null, 0);
  return finds(walk.collectors);
}

/** One kind of line break and no byte order mark, so offsets into the text match the tree's. */
function prepare(markdown: unknown): string {
  if (typeof markdown !== "string") return "";
  let text = markdown.replaceAll("\r\n", "\n").replaceAll("\r", "\n");
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (text.length <= MAX_MARKDOWN_CHARS) return text;
  const cut = text.lastIndexOf("\n", MAX_MARKDOWN_CHARS);
  return text.slice(0, cut > 0 ? cut : MAX_MARKDOWN_CHARS);
}

function parse(text: string): Root | null {
  try {
    return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch {
    // micromark runs out of stack on thousands of nested quotes, lists or emphasis markers.
    return null;
  }
}
