import type { TRequestAction } from "@opsdeck/core";

/** Each line of a textarea, trimmed, blanks left out (event ids are entered one per line). */
const lines = (v: FormDataEntryValue | null): string[] =>
  typeof v === "string"
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

/**
 * A request form as the service takes it: `params.<name>` fields become `params`, blanks left out.
 * The result is untrusted; the service parses it with the kind's schema.
 */
export function requestInput(form: FormData): TRequestAction {
  const params: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("params.") || typeof value !== "string") continue;
    const key = name.slice("params.".length);
    // Event ids come ticked (one field each) and typed (one per line): all of them count.
    if (key === "eventIds") params[key] = [...((params[key] as string[] | undefined) ?? []), ...lines(value)];
    else if (value.trim() !== "") params[key] = value;
  }
  const text = (n: string) => {
    const v = form.get(n);
    return typeof v === "string" && v.trim() !== "" ? v : undefined;
  };
  const incident = text("incidentNumber");
  return {
    kind: text("kind") as TRequestAction["kind"],
    targetId: text("targetId") as string,
    params,
    idempotencyKey: text("idempotencyKey"),
    incidentNumber: incident === undefined ? undefined : Number(incident),
  };
}
