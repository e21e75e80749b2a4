"use client";

import { Upload } from "lucide-react";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { MAX_IMPORT_CHARS, markdownError, readMarkdownFile } from "./read-markdown";

type Props = {
  value: string;
  onChange: (text: string) => void;
  /** A file was read into the text. */
  onFile: (name: string) => void;
  errors?: string[];
};

/** The runbook's Markdown, pasted or read from a .md file in the browser. */
export function MarkdownInput({ value, onChange, onFile, errors }: Props) {
  const [fileError, setFileError] = useState<string | null>(null);
  const tooLong = markdownError(value);
  const problems = [fileError, tooLong, ...(errors ?? [])].filter((e): e is string => Boolean(e));
  async function load(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const read = await readMarkdownFile(file);
    setFileError(read.ok ? null : read.error);
    if (!read.ok) return;
    onChange(read.text);
    onFile(read.name);
  }
  return (
    <div className="space-y-2 sm:col-span-2">
      <Field
        label="Runbook Markdown"
        name="markdown"
        id="import-markdown"
        errors={problems.length ? problems : undefined}
        hint={`${value.length.toLocaleString("en")} of ${MAX_IMPORT_CHARS.toLocaleString("en")} characters. Lists under a heading that names a cadence ("### Daily", "## Weekly tasks") become checklists.`}
      >
        <textarea
          id="import-markdown"
          name="markdown"
          rows={12}
          className="input font-mono text-xs"
          spellCheck={false}
          value={value}
          onChange={(e) => {
            setFileError(null);
            onChange(e.target.value);
          }}
        />
      </Field>
      <label className="btn-secondary cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-emerald-500/50">
        <Upload className="size-4" aria-hidden />
        Read a .md file
        <input
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          className="sr-only"
          onChange={(e) => void load(e.currentTarget)}
        />
      </label>
    </div>
  );
}
