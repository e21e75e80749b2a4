import type { ActionKind, ActionStatus } from "@opsdeck/db";
import { ACTION_KINDS, ACTION_LABEL, ACTION_STATUSES } from "@opsdeck/core/action/kinds";

type Props = {
  status?: ActionStatus;
  kind?: ActionKind;
  targetId?: string;
  targets: { id: string; name: string }[];
};

const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replaceAll("_", " ");

/** A plain GET form: every filtered view has its own URL and works without scripts. */
export function RunFilters({ status, kind, targetId, targets }: Props) {
  return (
    <form method="get" action="/actions" className="mb-3 flex flex-wrap items-end gap-3" aria-label="Filter runs">
      <label className="text-sm">
        <span className="mb-1 block font-medium">Status</span>
        <select name="status" defaultValue={status ?? ""} className="input w-auto">
          <option value="">Any</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Action</span>
        <select name="kind" defaultValue={kind ?? ""} className="input w-auto">
          <option value="">Any</option>
          {ACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {ACTION_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Target</span>
        <select name="targetId" defaultValue={targetId ?? ""} className="input w-auto max-w-56">
          <option value="">Any</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn-secondary">
        Filter
      </button>
    </form>
  );
}
