"use client";

import {
  EVIDENCE_LABEL,
  EVIDENCE_RULES,
  type EvidenceRule,
  isEvidenceRule,
} from "@opsdeck/core/checklist/evidence/rules";
import { Field } from "@/components/ui/field";
import { EntryHeader } from "./entry-header";
import { type ItemDraft, type ItemField, itemControl } from "./template-values";
import type { ItemControlId } from "./use-item-list";

/** Short names for the select; the rule's full wording shows below it. */
export const EVIDENCE_NAME: Record<EvidenceRule, string> = {
  "backups.fresh": "Backups fresh and verified",
  "incidents.none_open_major": "No P0 or P1 incident open",
  "checks.all_up": "All checks up",
  "tls.not_expiring": "No TLS certificate expiring",
  "postmortems.none_overdue": "No postmortem overdue",
};

type Props = {
  item: ItemDraft;
  index: number;
  count: number;
  errors: Partial<Record<ItemField | "other", string[]>>;
  controlId: ItemControlId;
  onChange: (patch: Partial<ItemDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One item: its fields, named by position (`items.2.title`) so the service's errors land beside them. */
export function ItemFields({ item, index, count, errors, controlId, onChange, onMove, onRemove }: Props) {
  const id = (field: ItemField) => controlId(item.key, field);
  const ruleText = isEvidenceRule(item.evidence)
    ? `Checked when a run opens and at sign-off: ${EVIDENCE_LABEL[item.evidence]}.`
    : "Signed off by hand, with no automatic check.";
  const other = [...(errors.other ?? []), ...(errors.id ?? [])];
  return (
    <fieldset className="min-w-0 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <EntryHeader
        noun="Item"
        entryKey={item.key}
        index={index}
        count={count}
        controlId={controlId}
        canRemove={count > 1}
        onMove={onMove}
        onRemove={onRemove}
      />
      {item.id && <input type="hidden" name={itemControl(index, "id")} value={item.id} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field label="Title" name={itemControl(index, "title")} id={id("title")} errors={errors.title}>
            <input
              id={id("title")}
              name={itemControl(index, "title")}
              className="input"
              autoComplete="off"
              value={item.title}
              onChange={(e) => onChange({ title: e.target.value })}
            />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field label="Detail" name={itemControl(index, "detail")} id={id("detail")} errors={errors.detail}>
            <textarea
              id={id("detail")}
              name={itemControl(index, "detail")}
              rows={3}
              className="input"
              value={item.detail}
              onChange={(e) => onChange({ detail: e.target.value })}
            />
          </Field>
        </div>
        <Field label="Help URL" name={itemControl(index, "helpUrl")} id={id("helpUrl")} errors={errors.helpUrl}>
          <input
            id={id("helpUrl")}
            name={itemControl(index, "helpUrl")}
            type="url"
            className="input"
            placeholder="https://…"
            autoComplete="off"
            value={item.helpUrl}
            onChange={(e) => onChange({ helpUrl: e.target.value })}
          />
        </Field>
        <Field
          label="Evidence"
          name={itemControl(index, "evidence")}
          id={id("evidence")}
          errors={errors.evidence}
          hint={ruleText}
        >
          <select
            id={id("evidence")}
            name={itemControl(index, "evidence")}
            className="input"
            value={item.evidence}
            onChange={(e) => onChange({ evidence: e.target.value })}
          >
            <option value="">None</option>
            {EVIDENCE_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {EVIDENCE_NAME[rule]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {other.map((e) => (
        <p key={e} role="alert" className="mt-2 text-xs text-red-600 dark:text-red-400">
          {e}
        </p>
      ))}
    </fieldset>
  );
}
