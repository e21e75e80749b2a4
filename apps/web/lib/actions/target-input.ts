import type { TTargetInput } from "@opsdeck/core";

/** Settings that are whole numbers in every kind's schema; a form sends them as text. */
const NUMERIC = new Set(["keepLast", "keepDays"]);

const toValue = (key: string, raw: string): unknown =>
  NUMERIC.has(key) && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;

/**
 * A target form as the service takes it: `config.<name>` fields become `config` (blanks left out, so
 * optional settings stay unset), a blank credential is left out (kept as it is on an edit).
 */
export function targetInput(form: FormData): TTargetInput {
  const config: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("config.") || typeof value !== "string" || value.trim() === "") continue;
    const key = name.slice("config.".length);
    config[key] = toValue(key, value);
  }
  const text = (n: string) => {
    const v = form.get(n);
    return typeof v === "string" && v.trim() !== "" ? v : undefined;
  };
  return {
    name: text("name") as string,
    kind: text("kind") as TTargetInput["kind"],
    serviceId: text("serviceId") ?? null,
    config,
    credential: text("credential"),
    requireApproval: form.get("requireApproval") === "on",
  };
}
