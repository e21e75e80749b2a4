"use client";

import type { NotificationChannelDto } from "@opsdeck/core";
import type { NotificationChannelKind } from "@opsdeck/db";
import { Field } from "@/components/ui/field";

type Props = {
  kind: NotificationChannelKind;
  config: Record<string, unknown>;
  fe: Record<string, string[]>;
  /** Makes ids unique when several forms are on the page. */
  idp: string;
};

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** The settings of one kind of channel; the secret is a field of its own (see SecretField). */
export function ChannelFields({ kind, config, fe, idp }: Props) {
  if (kind === "SLACK") return null;
  if (kind === "WEBHOOK")
    return (
      <Field
        label="URL"
        name="config.url"
        id={`${idp}-url`}
        errors={fe["config.url"]}
        hint="Receives signed JSON (POST)."
      >
        <input id={`${idp}-url`} name="config.url" className="input" inputMode="url" defaultValue={str(config.url)} />
      </Field>
    );
  return (
    <>
      <div className="grid grid-cols-[1fr_6rem] gap-3">
        <Field label="SMTP host" name="config.host" id={`${idp}-host`} errors={fe["config.host"]}>
          <input id={`${idp}-host`} name="config.host" className="input" defaultValue={str(config.host)} />
        </Field>
        <Field label="Port" name="config.port" id={`${idp}-port`} errors={fe["config.port"]}>
          <input
            id={`${idp}-port`}
            name="config.port"
            className="input"
            inputMode="numeric"
            defaultValue={str(config.port ?? 587)}
          />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="config.secure" defaultChecked={config.secure === true} />
        TLS from the start (port 465); otherwise STARTTLS when offered
      </label>
      <Field label="SMTP username (optional)" name="config.username" id={`${idp}-user`} errors={fe["config.username"]}>
        <input
          id={`${idp}-user`}
          name="config.username"
          className="input"
          autoComplete="off"
          defaultValue={str(config.username)}
        />
      </Field>
      <Field label="From" name="config.from" id={`${idp}-from`} errors={fe["config.from"]}>
        <input id={`${idp}-from`} name="config.from" className="input" defaultValue={str(config.from)} />
      </Field>
      <Field
        label="To"
        name="config.to"
        id={`${idp}-to`}
        errors={fe["config.to"]}
        hint="One or more addresses, separated by commas."
      >
        <input
          id={`${idp}-to`}
          name="config.to"
          className="input"
          defaultValue={Array.isArray(config.to) ? config.to.join(", ") : ""}
        />
      </Field>
    </>
  );
}

/** The write-only secret: never shown or prefilled; "set" on an edit, and left blank it stays. */
export function SecretField({
  kind,
  label,
  field,
  channel,
  fe,
  idp,
}: {
  kind: NotificationChannelKind;
  label: string;
  field: string;
  channel?: NotificationChannelDto;
  fe: Record<string, string[]>;
  idp: string;
}) {
  const optional = kind === "EMAIL" && !channel;
  const hint = channel?.hasSecret
    ? "Set. Leave empty to keep it; type a new one to replace it."
    : "Stored encrypted; never shown again.";
  return (
    <Field
      label={optional ? `${label} (optional)` : label}
      name={field}
      id={`${idp}-secret`}
      errors={fe[field]}
      hint={hint}
    >
      <input
        id={`${idp}-secret`}
        name={field}
        type="password"
        className="input font-mono"
        autoComplete="new-password"
        spellCheck={false}
        placeholder={channel?.hasSecret ? "set" : ""}
      />
    </Field>
  );
}
