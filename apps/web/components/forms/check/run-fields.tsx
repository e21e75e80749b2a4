import { Field } from "@/components/ui/field";

type Errors = Record<string, string[]>;
type NumberFieldProps = { name: string; label: string; hint: string; placeholder: string; errors?: string[] };

function NumberField({ name, label, hint, placeholder, errors }: NumberFieldProps) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      <input
        id={name}
        name={name}
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
export function RunFields({ kind, fe }: { kind: string; fe: Errors }) {
  return (
    <>
      <NumberField
        name="intervalSeconds"
        label="Interval (seconds)"
        hint="How often it runs; 60 by default."
        placeholder="60"
        errors={fe.intervalSeconds}
      />
      {/* A heartbeat is not run by us: it has no timeout. */}
      {kind !== "HEARTBEAT" && (
        <NumberField
          name="timeoutMs"
          label="Timeout (ms)"
          hint="A run taking longer fails; by default half the interval, up to 10000."
          placeholder="10000"
          // The probe config repeats the timeout, so its errors may come back under either name.
          errors={fe.timeoutMs ?? fe["config.timeoutMs"]}
        />
      )}
      <NumberField
        name="downAfter"
        label="Down after (failures)"
        hint="Failures in a row before it shows DOWN; 2 by default."
        placeholder="2"
        errors={fe.downAfter}
      />
    </>
  );
}
