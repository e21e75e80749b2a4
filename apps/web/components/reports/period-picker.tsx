import Link from "next/link";
import { ZoneOptions } from "@/components/forms/checklist/zone-options";
import { pill } from "@/components/incidents/incident-filters";
import { Field } from "@/components/ui/field";
import { ShowButton } from "./show-button";

export const PRESETS = [
  { value: "30d", days: 30, label: "Last 30 days" },
  { value: "90d", days: 90, label: "Last 90 days" },
] as const;
export type Preset = (typeof PRESETS)[number]["value"];

type Props = {
  /** The preset shown, or null for days chosen by hand. */
  preset: Preset | null;
  from: string;
  to: string;
  zone: string;
  /** Whether the zone came from the address (kept by the preset links) or is the viewer's. */
  zoneInUrl: boolean;
  zones: string[];
  errors: Record<string, string[]>;
};

/** Presets as links and a plain GET form for any days: the period lives in the address, so a report can be shared. */
export function PeriodPicker({ preset, from, to, zone, zoneInUrl, zones, errors }: Props) {
  const described = (name: string) =>
    errors[name]?.length ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
  return (
    <div className="card mb-6 flex flex-col gap-4 p-3 sm:p-4">
      <nav aria-label="Report period" className="flex flex-wrap gap-1">
        {PRESETS.map((p) => (
          <Link
            key={p.value}
            href={`?${new URLSearchParams({ range: p.value, ...(zoneInUrl && { zone }) })}`}
            aria-current={p.value === preset ? "page" : undefined}
            className={pill(p.value === preset)}
          >
            {p.label}
          </Link>
        ))}
      </nav>
      <form
        method="get"
        aria-label="Choose the days"
        className="grid grid-cols-2 items-start gap-3 sm:grid-cols-[repeat(3,minmax(0,1fr))_auto]"
      >
        <Field label="From" name="from" errors={errors.from}>
          <input
            id="from"
            name="from"
            type="date"
            required
            defaultValue={from}
            className="input"
            {...described("from")}
          />
        </Field>
        <Field label="To" name="to" errors={errors.to}>
          <input id="to" name="to" type="date" required defaultValue={to} className="input" {...described("to")} />
        </Field>
        <div className="col-span-2 sm:col-span-1">
          <Field label="Time zone" name="zone" errors={errors.zone}>
            <select id="zone" name="zone" defaultValue={zone} className="input" {...described("zone")}>
              <ZoneOptions zones={zones} current={zone} />
            </select>
          </Field>
        </div>
        <ShowButton />
      </form>
    </div>
  );
}
