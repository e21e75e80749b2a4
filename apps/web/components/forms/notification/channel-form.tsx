"use client";

import type { NotificationChannelDto } from "@opsdeck/core";
import { CHANNEL_KIND_LABEL, CHANNEL_KINDS, CHANNEL_SECRET } from "@opsdeck/core/notification/kinds";
import { SEVERITIES } from "@opsdeck/core/severity/policy";
import type { NotificationChannelKind } from "@opsdeck/db";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createChannelAction, updateChannelAction } from "@/app/(dashboard)/settings/notifications/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { ChannelFields, SecretField } from "./channel-fields";

/** Add a channel, or edit one (its kind stays); `onDone` closes an edit. */
export function ChannelForm({ channel, onDone }: { channel?: NotificationChannelDto; onDone?: () => void }) {
  const [kind, setKind] = useState<NotificationChannelKind>(channel?.kind ?? "SLACK");
  const router = useRouter();
  // A new form after adding a channel: its fields, the secret among them, start empty again.
  const [generation, setGeneration] = useState(0);
  const idp = channel ? `channel-${channel.id}` : "channel-new";
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(channel ? updateChannelAction : createChannelAction, () => {
    router.refresh();
    if (channel) onDone?.();
    else setGeneration((g) => g + 1);
  });
  const secret = CHANNEL_SECRET[kind];
  return (
    <form
      key={generation}
      onSubmit={onSubmit}
      className="grid gap-4"
      noValidate
      aria-label={channel ? `Edit ${channel.name}` : "Add channel"}
    >
      {channel && <input type="hidden" name="id" value={channel.id} />}
      <input type="hidden" name="kind" value={kind} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Name"
          name="name"
          id={`${idp}-name`}
          errors={fe.name}
          hint="Shown on the timeline: “Slack #oncall: sent”."
        >
          <input
            id={`${idp}-name`}
            name="name"
            className="input"
            autoComplete="off"
            defaultValue={channel?.name ?? ""}
          />
        </Field>
        {channel ? (
          <div className="space-y-1 text-sm">
            <p className="font-medium">Kind</p>
            <p className="py-2">{CHANNEL_KIND_LABEL[kind]}</p>
          </div>
        ) : (
          <Field label="Kind" name="kind-choice" id={`${idp}-kind`} errors={fe.kind}>
            <select
              id={`${idp}-kind`}
              className="input"
              value={kind}
              onChange={(e) => setKind(e.target.value as NotificationChannelKind)}
            >
              {CHANNEL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CHANNEL_KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <ChannelFields key={kind} kind={kind} config={channel?.config ?? {}} fe={fe} idp={idp} />
      <SecretField kind={kind} label={secret.label} field={secret.field} channel={channel} fe={fe} idp={idp} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Severities it receives</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {SEVERITIES.map((s) => (
            <label key={s} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                name="severities"
                value={s}
                defaultChecked={channel?.severities.includes(s) ?? true}
              />
              {s}
            </label>
          ))}
        </div>
        {fe.severities?.map((e) => (
          <p key={e} role="alert" className="text-xs text-red-600 dark:text-red-400">
            {e}
          </p>
        ))}
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="quiet" defaultChecked={channel?.quiet ?? false} className="mt-1" />
        <span>
          <span className="font-medium">Quiet</span>
          <span className="block text-slate-600 dark:text-slate-400">
            Never page: no @here in Slack, low-priority mail, even for P0 and P1.
          </span>
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="checklists" defaultChecked={channel?.checklists ?? false} className="mt-1" />
        <span>
          <span className="font-medium">Also missed checklist runs</span>
          <span className="block text-slate-600 dark:text-slate-400">
            A run nobody signed off in time is posted here, quietly, with a link to the run.
          </span>
        </span>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={channel?.enabled ?? true} />
        <span className="font-medium">Enabled</span>
      </label>
      <div>
        <SubmitRow pending={pending} label={channel ? "Save channel" : "Add channel"} busy="Saving…" state={state}>
          {onDone && (
            <button type="button" className="btn-secondary" onClick={onDone}>
              Cancel
            </button>
          )}
        </SubmitRow>
      </div>
    </form>
  );
}
