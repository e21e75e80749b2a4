"use client";

import type { ImportResultDto } from "@opsdeck/core";
import { useState } from "react";
import { importChecklistsAction } from "@/app/(dashboard)/checklists/import/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { ZoneOptions } from "../zone-options";
import { CreatedChecklists } from "./created-checklists";
import { ImportPreview, type ImportRequest } from "./import-preview";
import { MarkdownInput } from "./markdown-input";
import { markdownError } from "./read-markdown";

type Props = { zones: string[]; defaultTimeZone: string };

const requestOf = (form: FormData): ImportRequest => ({
  markdown: String(form.get("markdown") ?? ""),
  source: String(form.get("source") ?? ""),
  timeZone: String(form.get("timeZone") ?? ""),
});

/** Paste or read a runbook, preview the checklists it holds (nothing written), then create the chosen ones. */
export function ImportForm({ zones, defaultTimeZone }: Props) {
  const [markdown, setMarkdown] = useState("");
  const [source, setSource] = useState("");
  const [fileName, setFileName] = useState("");
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  const [previewed, setPreviewed] = useState<{ request: ImportRequest; result: ImportResultDto; n: number }>();
  const [created, setCreated] = useState<ImportResultDto>();
  const {
    pending,
    onSubmit,
    fieldErrors: fe,
    state,
  } = useFormAction(
    importChecklistsAction,
    (form, { result }) => {
      if (result) setPreviewed((p) => ({ request: requestOf(form), result, n: (p?.n ?? 0) + 1 }));
    },
    { successToast: false },
  );
  const sentSource = source.trim() || fileName;
  const current: ImportRequest = { markdown, source: sentSource, timeZone };
  const stale =
    previewed !== undefined &&
    (["markdown", "source", "timeZone"] as const).some((k) => previewed.request[k] !== current[k]);

  function again() {
    setCreated(undefined);
    setPreviewed(undefined);
    setMarkdown("");
    setSource("");
    setFileName("");
  }
  if (created) return <CreatedChecklists result={created} onAgain={again} />;
  return (
    <div className="space-y-6">
      <section className="card max-w-3xl p-4">
        <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate aria-label="Read runbook">
          <input type="hidden" name="dryRun" value="true" />
          <MarkdownInput value={markdown} onChange={setMarkdown} onFile={setFileName} errors={fe.markdown} />
          <Field
            label="Source (optional)"
            name="source"
            id="import-source"
            errors={fe.source}
            hint="Where the checklists came from, shown on each; the file's name when left empty."
          >
            <input
              id="import-source"
              className="input"
              autoComplete="off"
              placeholder={fileName || "e.g. ops-runbook.md"}
              value={source}
              onChange={(e) => setSource(e.target.value)}
            />
            <input type="hidden" name="source" value={sentSource} />
          </Field>
          <Field
            label="Time zone"
            name="timeZone"
            id="import-timeZone"
            errors={fe.timeZone}
            hint="The new checklists' zone; each can be changed later."
          >
            <select
              id="import-timeZone"
              name="timeZone"
              className="input"
              value={timeZone}
              onChange={(e) => setTimeZone(e.target.value)}
            >
              <ZoneOptions zones={zones} current={defaultTimeZone} />
            </select>
          </Field>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
            <button
              type="submit"
              className="btn-primary"
              disabled={pending || markdown.trim() === "" || markdownError(markdown) !== null}
            >
              {pending ? "Reading…" : "Preview"}
            </button>
            <span className="text-sm text-slate-600 dark:text-slate-400">Nothing is created until you choose.</span>
            {!state.ok && <FormMessage state={state} />}
          </div>
        </form>
      </section>
      {previewed && (
        <ImportPreview
          key={previewed.n}
          preview={previewed.result}
          request={previewed.request}
          stale={stale}
          onCreated={setCreated}
        />
      )}
    </div>
  );
}
