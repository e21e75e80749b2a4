import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<"textarea">, "value" | "onChange"> & { value: string; onChange: (v: string) => void };

/** A remark or note as the service keeps it: at most 2000 characters. */
export function RemarkTextarea({ value, onChange, ...rest }: Props) {
  return (
    <textarea
      rows={2}
      maxLength={2000}
      className="input"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...rest}
    />
  );
}
