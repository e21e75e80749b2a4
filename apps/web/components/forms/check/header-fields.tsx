import { Field } from "@/components/ui/field";
import { type CheckFieldCtx, fieldId } from "./field-context";

const NAME = "config.headers";

/**
 * HTTP request headers, one "Name: value" per line; the service parses them into the config. Errors
 * about one header (`config.headers.<name>`) arrive under this field.
 */
export function HeaderFields({ fe: f }: { fe: CheckFieldCtx }) {
  const errors = f.fe[NAME];
  const id = fieldId(f, NAME);
  return (
    <div className="sm:col-span-2">
      <Field label="Request headers (optional)" name={NAME} id={id} errors={errors} hint="One Name: value per line.">
        <textarea
          id={id}
          name={NAME}
          defaultValue={f.values[NAME]}
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
