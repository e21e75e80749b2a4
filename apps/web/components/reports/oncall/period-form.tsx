import { MAX_ONCALL_WEEKS } from "@opsdeck/core/oncall-report/schemas";
import { ZoneOptions } from "@/components/forms/checklist/zone-options";
import { ShowButton } from "@/components/reports/show-button";
import { Field } from "@/components/ui/field";

type Props = { weeks: string; zone: string; zones: string[]; errors: Record<string, string[]> };

/** A plain GET form: the period and zone live in the address, so a report can be shared by its link. */
export function OnCallPeriodForm({ weeks, zone, zones, errors }: Props) {
  return (
    <form
      method="get"
      aria-label="Choose the period"
      className="card mb-6 grid grid-cols-2 items-start gap-3 p-3 sm:grid-cols-[10rem_minmax(0,1fr)_auto] sm:p-4"
    >
      <Field label="Weeks" name="weeks" errors={errors.weeks} hint={`1 to ${MAX_ONCALL_WEEKS}, this one included`}>
        <input
          id="weeks"
          name="weeks"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ONCALL_WEEKS}
          required
          defaultValue={weeks}
          className="input"
        />
      </Field>
      <Field label="Time zone" name="timeZone" errors={errors.timeZone}>
        <select id="timeZone" name="timeZone" defaultValue={zone} className="input">
          <ZoneOptions zones={zones} current={zone} />
        </select>
      </Field>
      <ShowButton />
    </form>
  );
}
