"use client";

import type { ServiceDeletionImpactDto } from "@opsdeck/core";
import { useRouter } from "next/navigation";
import { deleteServiceAction } from "@/app/(dashboard)/services/[slug]/actions";
import { TypedNameConfirm } from "@/components/forms/typed-name-confirm";
import { useFormAction } from "@/components/forms/use-form-action";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** Deleting a service takes its checks and their history: say what goes, and ask for its name. */
export function DeleteServiceForm({
  slug,
  name,
  impact,
}: {
  slug: string;
  name: string;
  impact: ServiceDeletionImpactDto;
}) {
  const router = useRouter();
  const { state, pending, onSubmit } = useFormAction(deleteServiceAction, () => router.push("/services"));
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Delete service">
      <input type="hidden" name="serviceSlug" value={slug} />
      <input type="hidden" name="name" value={name} />
      <div className="text-sm text-slate-700 dark:text-slate-300" data-testid="delete-impact">
        <p>
          This deletes <strong>{name}</strong> with its {plural(impact.checks, "check")} and their history (
          {plural(impact.runs, "recorded run")}, state changes and maintenance windows). It cannot be undone.
        </p>
        {impact.incidents > 0 && (
          <p className="mt-1">
            Its {plural(impact.incidents, "incident")} stay{impact.incidents === 1 ? "s" : ""}, no longer linked to a
            service.
          </p>
        )}
      </div>
      <TypedNameConfirm id="delete-confirm-name" name={name} label="Delete service" pending={pending} state={state} />
    </form>
  );
}
