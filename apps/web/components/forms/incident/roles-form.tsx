"use client";

import type { IncidentDetailDto, UserRef } from "@opsdeck/core";
import { useQueryClient } from "@tanstack/react-query";
import { updateIncidentAction } from "@/app/(dashboard)/incidents/[number]/actions";
import { SeverityOptions } from "@/components/forms/severity-options";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { incidentKey } from "@/components/incidents/incident-actions";
import { personName } from "@/components/incidents/format";
import { Field } from "@/components/ui/field";

type Props = { incident: IncidentDetailDto; people: UserRef[] };

/** People who can hold a role, plus whoever holds it now (even if since disabled). */
function options(people: UserRef[], current: UserRef | null): UserRef[] {
  return current && !people.some((p) => p.id === current.id) ? [current, ...people] : people;
}

/** Severity, commander, communications lead and customer-facing; only what differs is saved. */
export function IncidentRolesForm({ incident: i, people }: Props) {
  const qc = useQueryClient();
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(updateIncidentAction, () => qc.invalidateQueries({ queryKey: incidentKey(i.number), exact: true }));
  return (
    // Remount on every change from anyone, so the controls show what is stored.
    <form
      key={i.updatedAt}
      onSubmit={onSubmit}
      className="flex flex-col gap-3"
      aria-label="Severity and roles"
      noValidate
    >
      <input type="hidden" name="number" value={i.number} />
      <Field label="Severity" name="severity" id="roles-severity" errors={fe.severity}>
        <select id="roles-severity" name="severity" className="input" defaultValue={i.severity}>
          <SeverityOptions />
        </select>
      </Field>
      {(
        [
          ["commanderId", "Commander", i.commander],
          ["commsLeadId", "Communications lead", i.commsLead],
        ] as const
      ).map(([name, label, current]) => (
        <Field key={name} label={label} name={name} id={`roles-${name}`} errors={fe[name]}>
          <select id={`roles-${name}`} name={name} className="input" defaultValue={current?.id ?? ""}>
            <option value="">Nobody</option>
            {options(people, current).map((p) => (
              <option key={p.id} value={p.id}>
                {personName(p)}
              </option>
            ))}
          </select>
        </Field>
      ))}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="customerFacing" defaultChecked={i.customerFacing} />
        Customer-facing
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="public" defaultChecked={i.public} />
        On the public status page (title, severity, status and status updates)
      </label>
      <SubmitRow pending={pending} label="Save" busy="Saving…" state={state} />
    </form>
  );
}
