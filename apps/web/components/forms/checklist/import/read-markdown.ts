import { MAX_MARKDOWN_CHARS } from "@opsdeck/core/checklist/import/limits";

/** The most text the import page accepts, pasted or read from a file: as much as the import reads. */
export const MAX_IMPORT_CHARS = MAX_MARKDOWN_CHARS;

export type MarkdownFile = { ok: true; text: string; name: string } | { ok: false; error: string };

const count = (n: number) => n.toLocaleString("en");
const LIMIT = `the import reads at most ${count(MAX_IMPORT_CHARS)} characters`;

/** Why the text cannot be imported, or null when it can. */
export function markdownError(text: string): string | null {
  return text.length > MAX_IMPORT_CHARS ? `This is ${count(text.length)} characters; ${LIMIT}.` : null;
}

/** A runbook file's text, read in the browser: nothing is sent until Preview. */
export async function readMarkdownFile(file: Blob & { name: string }): Promise<MarkdownFile> {
  // UTF-8 takes at most four bytes a character: a larger file holds too many, whatever they are.
  if (file.size > MAX_IMPORT_CHARS * 4) return { ok: false, error: `${file.name} is too large: ${LIMIT}.` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `${file.name} could not be read.` };
  }
  if (text.includes("\u0000")) return { ok: false, error: `${file.name} is not a text file.` };
  const error = markdownError(text);
  return error ? { ok: false, error: `${file.name}: ${error}` } : { ok: true, text, name: file.name };
}
