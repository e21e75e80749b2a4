import type { TargetKind } from "@opsdeck/db";
import { Field } from "@/components/ui/field";
import { CONFIG_FIELDS } from "./config-spec";

type Props = { kind: TargetKind; config: Record<string, unknown>; fe: Record<string, string[]> };

/** The kind's settings, named `config.<key>` so the server's `config.root` errors land under them. */
export function ConfigFields({ kind, config, fe }: Props) {
  return (
    <>
      {CONFIG_FIELDS[kind].map((f) => {
        const name = `config.${f.key}`;
        const id = `target-config-${f.key}`;
        const value = config[f.key];
        return (
          <Field
            key={`${kind}-${f.key}`}
            label={f.optional ? `${f.label} (optional)` : f.label}
            name={name}
            id={id}
            errors={fe[name]}
            hint={f.hint}
          >
            <input
              id={id}
              name={name}
              className="input"
              inputMode={f.numeric ? "numeric" : undefined}
              autoComplete="off"
              spellCheck={false}
              placeholder={f.placeholder}
              defaultValue={value === undefined || value === null ? "" : String(value)}
            />
          </Field>
        );
      })}
    </>
  );
}
