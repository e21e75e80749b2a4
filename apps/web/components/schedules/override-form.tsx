"use client";

import type { UserRefDto } from "@opsdeck/core/schedule/dto";
import { addOverrideAction } from "@/app/(dashboard)/schedules/actions";
import { FormMessage } from "@/components/forms/form-message";
import { LocalDateTime } from "@/components/forms/incident/local-date-time";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { personName } from "./person-name";

type Props = {
  scheduleId: string;
  layers: string[];
  /** Whom the viewer may put on call: only themselves unless they are an admin. */
  people: UserRefDto[];
  onDone: () => void;
};

/** Put someone on a layer for a while; times are typed in the viewer's zone, named beside each field. */
export function OverrideForm({ scheduleId, layers, people, onDone }: Props) {
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(addOverrideAction, onDone);
  const onlyMe = people.length === 1 ? people[0] : undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add an override" className="space-y-3">
      <input type="hidden" name="id" value={scheduleId} />
      <Field label="Layer" name="layer" id="override-layer" errors={fe.layer}>
        <select id="override-layer" name="layer" className="input capitalize">
          {layers.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </Field>
      {onlyMe ? (
        <div className="space-y-1">
          <p className="text-sm font-medium">Person</p>
          <p className="text-sm">
            You ({personName(onlyMe)}): responders put only themselves on call; an admin can put anyone.
          </p>
          <input type="hidden" name="email" value={onlyMe.email} />
          {fe.email && (
            <p role="alert" className="text-xs text-red-700 dark:text-red-400">
              {fe.email.join(" ")}
            </p>
          )}
        </div>
      ) : (
        <Field label="Person" name="email" id="override-email" errors={fe.email}>
          <select id="override-email" name="email" className="input">
            {people.map((p) => (
              <option key={p.email} value={p.email}>
                {p.name ? `${p.name} (${p.email})` : p.email}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label="Starts" name="startsAt" id="override-start" errors={fe.startsAt}>
        <LocalDateTime id="override-start" name="startsAt" invalid={Boolean(fe.startsAt)} />
      </Field>
      <Field label="Ends" name="endsAt" id="override-end" errors={fe.endsAt} hint="At most 90 days after the start.">
        <LocalDateTime id="override-end" name="endsAt" invalid={Boolean(fe.endsAt)} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Adding…" : "Add override"}
      </button>
    </form>
  );
}
