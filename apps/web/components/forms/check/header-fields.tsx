import { Field } from "@/components/ui/field";

const NAME = "config.headers";

/** Errors about the headers, whether about a line or about one header (`config.headers.<name>`). */
function headerErrors(fe: Record<string, string[]>): string[] | undefined {
  const errors = Object.entries(fe).flatMap(([k, v]) => (k === NAME || k.startsWith(`${NAME}.`) ? v : []));
  return errors.length ? errors : undefined;
}

/** HTTP request headers, one "Name: value" per line; the service parses them into the config. */
export function HeaderFields({ fe }: { fe: Record<string, string[]> }) {
  const errors = headerErrors(fe);
  return (
    <div className="sm:col-span-2">
      <Field label="Request headers (optional)" name={NAME} errors={errors} hint="One Name: value per line.">
        <textarea
          id={NAME}
          name={NAME}
          className="input font-mono text-xs"
          rows={3}
          autoComplete="off"
          spellCheck={false}
          placeholder={"Authorization: Bearer …\nX-Api-Key: …"}
          aria-invalid={errors ? true : undefined}
        />
      </Field>
    </div>
  );
}
