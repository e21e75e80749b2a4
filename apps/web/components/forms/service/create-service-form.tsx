"use client";

import { createServiceAction } from "@/app/(dashboard)/services/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { ServiceFields } from "./service-fields";

/** On success the action redirects to the new service's page. */
export function CreateServiceForm() {
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(createServiceAction);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <ServiceFields fe={fe} />
      <SubmitRow pending={pending} label="Add service" busy="Adding…" state={state} />
    </form>
  );
}
