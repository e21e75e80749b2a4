const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

/** Digits as a number; anything else as typed, for the service's schema to refuse with its message. */
const whole = (form: FormData, name: string) => {
  const v = text(form, name);
  return v && /^\d{1,9}$/.test(v) ? Number(v) : v;
};

/** A severity policy form as `updateSeverityPolicy` takes it: a blank cadence is none. */
export function severityPolicyInput(form: FormData): Record<string, unknown> {
  return {
    severity: text(form, "severity"),
    responseMinutes: whole(form, "responseMinutes"),
    resolveMinutes: whole(form, "resolveMinutes"),
    updateCadenceMinutes: whole(form, "updateCadenceMinutes") ?? null,
    postmortemRequired: form.get("postmortemRequired") === "on",
    postmortemDueHours: whole(form, "postmortemDueHours"),
  };
}
