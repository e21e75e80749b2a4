import type { Code, Nodes } from "mdast";
import { MAX_DETAIL_CHARS } from "./limits.ts";
import { clip } from "./text.ts";

/** Detail text, trimmed and clipped; null when empty. */
export function detailOf(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : clip(trimmed, MAX_DETAIL_CHARS);
}

/** A fenced code block; the body is clipped so the fence still closes. */
export function fenced(lang: string | null | undefined, body: string): string {
  let longest = 0;
  let run = 0;
  for (const ch of body) {
    run = ch === "`" ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const marks = "`".repeat(Math.max(3, longest + 1));
  const info = clip(lang ?? "", 40);
  const room = MAX_DETAIL_CHARS - (2 * marks.length + info.length + 2);
  const block = `${marks}${info}\n${clip(body, room)}\n${marks}`;
  return clip(block, MAX_DETAIL_CHARS);
}

export const fencedCode = (code: Code): string => fenced(code.lang, code.value);

/**
 * The Markdown source of consecutive sibling nodes, as the author wrote it. Lines after the first lose
 * the indentation the first node had (a list item's nested list reads as a top-level list).
 */
export function sourceOf(nodes: Nodes[], markdown: string): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined || end < start) return "";
  const indent = start - (markdown.lastIndexOf("\n", start - 1) + 1);
  const [first = "", ...rest] = markdown.slice(start, end).split("\n");
  return [first, ...rest.map((line) => dedent(line, indent))].join("\n");
}

function dedent(line: string, width: number): string {
  let i = 0;
  while (i < width && (line[i] === " " || line[i] === "\t")) i += 1;
  return line.slice(i);
}
