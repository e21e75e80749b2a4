"use client";

import type { ServiceDetailDto } from "@opsdeck/core";
import { updateServiceAction } from "@/app/(dashboard)/services/[slug]/actions";
import { SeverityOptions } from "@/components/forms/severity-options";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { RunbookEditor } from "./runbook-editor";
import { ServiceFields } from "./service-fields";

type Person = { id: string; name: string | null; email: string };

/** Edit a service where it is shown; the page refreshes with the saved values. */
export function EditServiceForm({ service, people }: { service: ServiceDetailDto; people: Person[] }) {
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(updateServiceAction);
  const id = (n: string) => `service-${n}`;
  // A disabled owner is not in the list but stays selected until someone picks another.
  const owners = service.owner && !people.some((p) => p.id === service.owner?.id) ? [service.owner, ...people] : people;
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate aria-label="Edit service">
      <input type="hidden" name="serviceSlug" value={service.slug} />
      <ServiceFields fe={fe} defaults={service} idPrefix="service-" />
      <Field label="Owner" name="ownerId" id={id("ownerId")} errors={fe.ownerId}>
        <select id={id("ownerId")} name="ownerId" className="input" defaultValue={service.owner?.id ?? ""}>
          <option value="">No owner</option>
          {owners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name ? `${p.name} (${p.email})` : p.email}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Open an incident when a check is DOWN"
        name="autoIncidentSeverity"
        id={id("autoIncidentSeverity")}
        errors={fe.autoIncidentSeverity}
        hint="Later DOWN checks and recoveries go on its timeline; people resolve it."
      >
        <select
          id={id("autoIncidentSeverity")}
          name="autoIncidentSeverity"
          className="input"
          defaultValue={service.autoIncidentSeverity ?? ""}
        >
          <option value="">Never</option>
          <SeverityOptions />
        </select>
      </Field>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name="public" defaultChecked={service.public} />
        Show on the public status page
      </label>
      <Field
        label="Public name"
        name="publicName"
        id={id("publicName")}
        errors={fe.publicName}
        hint="What the status page calls it; blank uses the name above."
      >
        <input
          id={id("publicName")}
          name="publicName"
          className="input"
          autoComplete="off"
          defaultValue={service.publicName ?? ""}
        />
      </Field>
      <RunbookEditor id={id("runbookMd")} defaultValue={service.runbookMd ?? ""} errors={fe.runbookMd} />
      <SubmitRow pending={pending} label="Save changes" busy="Saving…" state={state} />
    </form>
  );
}
