/**
 * Just enough Markdown for runbooks and checklist steps: headings, lists, fenced code and
 * paragraphs. Everything stays text and is rendered by React, so nothing in it can inject HTML.
 * Each piece carries the source line (or offset) it starts at, which doubles as its React key.
 */
export type Item = { line: number; text: string };
export type Block =
  | { type: "heading"; line: number; text: string }
  | { type: "code"; line: number; lang: string | null; text: string }
  | { type: "list"; line: number; ordered: boolean; items: Item[] }
  | { type: "paragraph"; line: number; text: string };

const FENCE = /^\s*```\s*([\w-]*)\s*$/;
const HEADING = /^#{1,6}\s+(.*)$/;
const ITEM = /^\s*(\d+[.)]|[-*+])\s+(.*)$/;

export function parseBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const last = blocks.at(-1);
    const fence = FENCE.exec(line);
    if (fence) {
      const start = i;
      const code: string[] = [];
      while (++i < lines.length && !FENCE.test(lines[i] ?? "")) code.push(lines[i] ?? "");
      blocks.push({ type: "code", line: start, lang: fence[1] || null, text: code.join("\n") });
      continue;
    }
    const heading = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (!line.trim()) {
      blocks.push({ type: "paragraph", line: i, text: "" });
    } else if (heading) {
      blocks.push({ type: "heading", line: i, text: heading[1] ?? "" });
    } else if (item) {
      const ordered = /\d/.test(item[1] ?? "");
      const entry = { line: i, text: item[2] ?? "" };
      if (last?.type === "list" && last.ordered === ordered) last.items.push(entry);
      else blocks.push({ type: "list", line: i, ordered, items: [entry] });
    } else if (last?.type === "list" && /^\s+/.test(line)) {
      const prev = last.items.at(-1);
      if (prev) prev.text += ` ${line.trim()}`;
    } else if (last?.type === "paragraph" && last.text) {
      last.text += ` ${line.trim()}`;
    } else {
      blocks.push({ type: "paragraph", line: i, text: line.trim() });
    }
  }
  return blocks.filter((b) => b.type !== "paragraph" || b.text);
}

export type Inline = { kind: "text" | "code" | "strong"; at: number; text: string };

/** `code` and **bold**; anything else is plain text. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let at = 0;
  for (const part of text.split(/(`[^`]+`|\*\*[^*]+\*\*)/)) {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) parts.push({ kind: "code", at, text: part.slice(1, -1) });
    else if (part.startsWith("**") && part.endsWith("**") && part.length > 4) parts.push({ kind: "strong", at, text: part.slice(2, -2) });
    else if (part) parts.push({ kind: "text", at, text: part });
    at += part.length;
  }
  return parts;
}
