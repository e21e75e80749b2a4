import { Field } from "@/components/ui/field";
import { type CheckFieldCtx, fieldId } from "./field-context";

type NumberFieldProps = { name: string; label: string; hint: string; placeholder: string; errors?: string[]; f: CheckFieldCtx };

function NumberField({ name, label, hint, placeholder, errors, f }: NumberFieldProps) {
  const id = fieldId(f, name);
  return (
    <Field label={label} name={name} id={id} errors={errors} hint={hint}>
      <input
        id={id}
        name={name}
        defaultValue={f.values[name]}
        className="input"
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        aria-invalid={errors ? true : undefined}
      />
    </Field>
  );
}

/** How often a check runs, how long a run may take and how many failures in a row make it DOWN. */
export function RunFields({ kind, f }: { kind: string; f: CheckFieldCtx }) {
  const { fe } = f;
  return (
    <>
      <NumberField
        f={f}
        name="intervalSeconds"
        label="Interval (seconds)"
        hint="How often it runs; 60 by default."
        placeholder="60"
        errors={fe.intervalSeconds}
      />
      {/* A heartbeat is not run by us: it has no timeout. */}
      {kind !== "HEARTBEAT" && (
        <NumberField
        f={f}
          name="timeoutMs"
          label="Timeout (ms)"
          hint="A run taking longer fails; by default half the interval, up to 10000."
          placeholder="10000"
          // The probe config repeats the timeout, so its errors may come back under either name.
          errors={fe.timeoutMs ?? fe["config.timeoutMs"]}
        />
      )}
      <NumberField
        f={f}
        name="downAfter"
        label="Down after (failures)"
        hint="Failures in a row before it shows DOWN; 2 by default."
        placeholder="2"
        errors={fe.downAfter}
      />
    </>
  );
}
