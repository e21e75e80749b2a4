/**
 * Read named fields of a submitted form; blanks become undefined. The result is untrusted: it is
 * handed to a core service, which parses it with the same zod schema the form's errors come from.
 */
export function formFields<T>(form: FormData, names: string[]): T {
  const out: Record<string, string | undefined> = {};
  for (const n of names) {
    const v = form.get(n);
    out[n] = typeof v === "string" && v.trim() !== "" ? v : undefined;
  }
  return out as T;
}
