"use client";

import { useRouter } from "next/navigation";
import { updateTimeZoneAction } from "@/app/(dashboard)/settings/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { useTimeZoneSetting } from "@/components/shell/time-zone";
import { Field } from "@/components/ui/field";

/** The user's own display zone: the browser's (the default) or one chosen for every device, UTC first. */
export function TimeZoneForm({ zones }: { zones: string[] }) {
  const router = useRouter();
  const { chosen, browser } = useTimeZoneSetting();
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(updateTimeZoneAction, () => router.refresh());
  const options = chosen && !zones.includes(chosen) ? [chosen, ...zones] : zones;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Time zone">
      <Field label="Show times in" name="timeZone" errors={fe.timeZone} hint="Every time is shown with its zone.">
        <select id="timeZone" name="timeZone" className="input" defaultValue={chosen ?? ""} key={chosen ?? ""}>
          <option value="">This browser's zone{browser ? ` (${browser})` : ""}</option>
          {options.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        Save time zone
      </button>
    </form>
  );
}
