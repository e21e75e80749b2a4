import type { Code } from "mdast";
import { fenced } from "./detail.ts";
import { titleOf } from "./text.ts";
import type { FoundItem } from "./types.ts";

// "# 1. Check Vercel status", "// 2) Verify", "-- 3. Archive": a comment that starts with a step number.
const NUMBERED_COMMENT = /^\s*(?:#+|\/\/+|--+)\s*\d{1,3}[.)]\s+(\S.*)$/;

/**
 * Each numbered comment in a code block is a step; the lines after it, up to the next one,
 * are its detail as a fenced block in the block's language (null when there are none).
 */
export function stepsInCode(code: Code): FoundItem[] {
  const steps: { title: string; lines: string[] }[] = [];
  for (const line of code.value.split("\n")) {
    const title = NUMBERED_COMMENT.exec(line)?.[1];
    if (title !== undefined) steps.push({ title: titleOf(title), lines: [] });
    else steps.at(-1)?.lines.push(line);
  }
  return steps
    .filter((s) => s.title !== "")
    .map((s) => {
      const body = trimBlankLines(s.lines);
      return { title: s.title, detail: body.length === 0 ? null : fenced(code.lang, body.join("\n")) };
    });
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === "") start += 1;
  while (end > start && lines[end - 1]?.trim() === "") end -= 1;
  return lines.slice(start, end);
}
