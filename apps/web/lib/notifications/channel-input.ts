import { CHANNEL_SECRET } from "@opsdeck/core/notification/kinds";
import type { NotificationChannelKind } from "@opsdeck/db";

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

/** The kind's settings from `config.<name>` fields: a port as a number, recipients split on commas or lines. */
function configOf(kind: NotificationChannelKind, form: FormData): Record<string, unknown> {
  if (kind === "WEBHOOK") return { url: text(form, "config.url") };
  if (kind === "SLACK") return {};
  const port = text(form, "config.port");
  return {
    host: text(form, "config.host"),
    port: port && /^\d+$/.test(port) ? Number(port) : port,
    secure: form.get("config.secure") === "on",
    username: text(form, "config.username"),
    from: text(form, "config.from"),
    to: (text(form, "config.to") ?? "").split(/[\s,;]+/).filter(Boolean),
  };
}

/**
 * A channel form as the services take it. The secret field is named as the service names it
 * (webhookUrl, signingSecret, password); left blank on an edit, the stored secret stays.
 */
export function channelInput(form: FormData): Record<string, unknown> & { kind: NotificationChannelKind } {
  const kind = (text(form, "kind") ?? "SLACK") as NotificationChannelKind;
  const secretField = CHANNEL_SECRET[kind]?.field;
  return {
    kind,
    name: text(form, "name"),
    severities: form.getAll("severities").map(String),
    quiet: form.get("quiet") === "on",
    enabled: form.get("enabled") === "on",
    checklists: form.get("checklists") === "on",
    config: configOf(kind, form),
    ...(secretField && text(form, secretField) ? { [secretField]: text(form, secretField) } : {}),
  };
}
