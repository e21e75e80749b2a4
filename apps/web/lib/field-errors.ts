export type FieldErrors = Record<string, string[]>;

/** "config.expectedStatus.0" and "config.headers[0]" → ["config", "expectedStatus", "0"]. */
export function pathSegments(path: string): string[] {
  return path
    .replace(/\[([^\]]*)\]/g, ".$1")
    .split(".")
    .filter(Boolean);
}

/** The longest field name that is the path itself or one of its ancestors, if any. */
export function fieldForPath(path: string, names: Iterable<string>): string | undefined {
  const segments = pathSegments(path);
  let best: string | undefined;
  let bestLength = 0;
  for (const name of names) {
    const own = pathSegments(name);
    if (own.length === 0 || own.length > segments.length || own.length <= bestLength) continue;
    if (own.every((s, i) => s === segments[i])) {
      best = name;
      bestLength = own.length;
    }
  }
  return best;
}

/**
 * Put each error under the field it belongs to: a service reports `config.expectedStatus.0` or
 * `config.headers.X-Key`, while the form has one control named `config.expectedStatus` or
 * `config.headers`. Paths no field claims keep their own key.
 */
export function mapFieldErrors(errors: FieldErrors | undefined, names: Iterable<string>): FieldErrors {
  const known = [...names];
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors ?? {})) {
    const key = fieldForPath(path, known) ?? path;
    out[key] = [...new Set([...(out[key] ?? []), ...messages])];
  }
  return out;
}

/** The names of a form's controls, as FormData would use them. */
export function controlNames(form: HTMLFormElement): string[] {
  return [...form.elements].flatMap((el) => {
    const name = (el as HTMLInputElement).name;
    return name ? [name] : [];
  });
}
