import { Field } from "@/components/ui/field";
import { type CheckFieldCtx, fieldId } from "./field-context";
import { HeaderFields } from "./header-fields";

function Input({
  name,
  label,
  fe: f,
  hint,
  ...rest
}: { name: string; label: string; fe: CheckFieldCtx; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const key = `config.${name}`;
  const id = fieldId(f, key);
  return (
    <Field label={label} name={key} id={id} errors={f.fe[key]} hint={hint}>
      <input
        id={id}
        name={key}
        className="input"
        autoComplete="off"
        aria-invalid={f.fe[key] ? true : undefined}
        defaultValue={f.values[key]}
        {...rest}
      />
    </Field>
  );
}

function Select({ name, label, fe: f, options }: { name: string; label: string; fe: CheckFieldCtx; options: readonly string[] }) {
  const key = `config.${name}`;
  const id = fieldId(f, key);
  return (
    <Field label={label} name={key} id={id} errors={f.fe[key]}>
      <select id={id} name={key} className="input" defaultValue={f.values[key] ?? options[0]}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </Field>
  );
}

/** The config fields of one check kind, named `config.<field>` so the service's errors land beside them. */
export function KindFields({ kind, fe }: { kind: string; fe: CheckFieldCtx }) {
  switch (kind) {
    case "HTTP":
      return (
        <>
          <Input name="url" label="URL" fe={fe} type="url" placeholder="https://example.com/healthz" />
          <Select
            name="method"
            label="Method"
            fe={fe}
            options={["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]}
          />
          <Input
            name="expectedStatus"
            label="Expected status"
            fe={fe}
            placeholder="200-299"
            hint="Codes or ranges, comma-separated."
          />
          <Input name="bodyContains" label="Keyword (optional)" fe={fe} hint="The response body must contain it." />
          <HeaderFields fe={fe} />
        </>
      );
    case "TCP":
      return (
        <>
          <Input name="host" label="Host" fe={fe} />
          <Input name="port" label="Port" fe={fe} inputMode="numeric" />
        </>
      );
    case "DNS":
      return (
        <>
          <Input name="hostname" label="Hostname" fe={fe} />
          <Select name="recordType" label="Record type" fe={fe} options={["A", "AAAA", "CNAME", "MX", "TXT", "NS"]} />
          <Input name="expectedValue" label="Expected value (optional)" fe={fe} />
        </>
      );
    case "TLS":
      return (
        <>
          <Input name="host" label="Host" fe={fe} />
          <Input name="port" label="Port" fe={fe} inputMode="numeric" placeholder="443" />
          <Input name="warnDays" label="Warn days before expiry" fe={fe} inputMode="numeric" placeholder="14" />
        </>
      );
    case "POSTGRES":
      return <Input name="connectionSecret" label="Secret name (connection URL)" fe={fe} />;
    case "STRIPE":
      return <Input name="apiKeySecret" label="Secret name (API key)" fe={fe} />;
    case "HEARTBEAT":
      return (
        <>
          <Input
            name="periodSeconds"
            label="Period (seconds)"
            fe={fe}
            inputMode="numeric"
            required
            hint="Required: how often the job pings, e.g. 300 for every 5 minutes"
          />
          <Input name="graceSeconds" label="Grace (seconds)" fe={fe} inputMode="numeric" placeholder="60" />
        </>
      );
    default:
      return null;
  }
}
