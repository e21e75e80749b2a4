"use client";

import type { OverrideDto } from "@opsdeck/core/schedule/dto";
import { deleteOverrideAction } from "@/app/(dashboard)/schedules/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Time } from "@/components/ui/time";
import { personName } from "./person-name";

type Props = { scheduleId: string; override: OverrideDto; canDelete: boolean; onDone: () => void };

/** One coming override, with its remove button for the person on it or an admin. */
export function OverrideItem({ scheduleId, override: o, canDelete, onDone }: Props) {
  const name = personName(o.user);
  const remove = useFormAction(deleteOverrideAction, onDone, {
    confirm: `Remove ${name}'s override on ${o.layer}? The rotation holds that time again.`,
  });
  return (
    <li
      className="flex flex-wrap items-start justify-between gap-2 py-2"
      aria-label={`Override: ${name} on ${o.layer}`}
    >
      <div className="min-w-0 text-sm">
        <p>
          <span className="font-medium">{name}</span> on <span className="capitalize">{o.layer}</span>
        </p>
        <p className="text-slate-600 dark:text-slate-400">
          <Time iso={o.startsAt} /> – <Time iso={o.endsAt} />
        </p>
        {o.createdBy && <p className="text-xs text-slate-600 dark:text-slate-400">Added by {o.createdBy}</p>}
      </div>
      {canDelete && (
        <form onSubmit={remove.onSubmit} aria-label={`Remove override of ${name}`}>
          <input type="hidden" name="id" value={scheduleId} />
          <input type="hidden" name="overrideId" value={o.id} />
          <button type="submit" className="btn-secondary text-red-700 dark:text-red-400" disabled={remove.pending}>
            {remove.pending ? "Removing…" : "Remove"}
          </button>
        </form>
      )}
    </li>
  );
}
