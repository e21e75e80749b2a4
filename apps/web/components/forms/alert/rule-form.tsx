"use client";

import type { AlertRuleDto } from "@opsdeck/core";
import { ALERT_PRESETS } from "@opsdeck/core/alert/presets";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createAlertRuleAction, updateAlertRuleAction } from "@/app/(dashboard)/alerts/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { RuleFields } from "./rule-fields";

const presetValues = (key: string) => {
  const p = ALERT_PRESETS.find((x) => x.key === key) ?? ALERT_PRESETS[0];
  return { ...p, labels: p.labels as string };
};

/** Add a rule from a preset (its fields can be changed before adding), or edit one. */
export function AlertRuleForm({ rule }: { rule?: AlertRuleDto }) {
  const router = useRouter();
  const [preset, setPreset] = useState<string>(ALERT_PRESETS[0].key);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(rule ? updateAlertRuleAction : createAlertRuleAction, (_f, s) => {
    if (rule) router.refresh();
    else if (s.id) router.push(`/alerts/${s.id}`);
  });
  const values = rule ?? presetValues(preset);
  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-4"
      noValidate
      aria-label={rule ? `Edit ${rule.name}` : "Add alert rule"}
    >
      {rule ? (
        <input type="hidden" name="id" value={rule.id} />
      ) : (
        <div className="space-y-1">
          <label htmlFor="alert-preset" className="block text-sm font-medium">
            Preset
          </label>
          <select
            id="alert-preset"
            name="preset"
            className="input"
            value={preset}
            onChange={(e) => setPreset(e.target.value)}
          >
            {ALERT_PRESETS.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
          <p className="text-xs text-slate-600 dark:text-slate-400">{presetValues(preset).summary}</p>
        </div>
      )}
      <RuleFields key={rule?.version ?? preset} v={values} fe={fe} idp={rule ? `rule-${rule.id}` : "rule-new"} />
      <SubmitRow pending={pending} label={rule ? "Save rule" : "Add rule"} busy="Saving…" state={state} />
    </form>
  );
}
