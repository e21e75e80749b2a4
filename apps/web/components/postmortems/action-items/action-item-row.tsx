"use client";

import type { ActionItemDto, UserRef } from "@opsdeck/core";
import { ACTION_ITEM_KINDS, ACTION_ITEM_STATUSES, KIND_LABELS } from "@opsdeck/core/postmortem/fields";
import type { QueryKey } from "@tanstack/react-query";
import Link from "next/link";
import { Badge } from "@/components/badges/badge";
import { personName } from "@/components/incidents/format";
import { useItemSave } from "./use-item-save";

type Props = {
  item: ActionItemDto & { postmortem?: { id: string; title: string; incidentNumber: number } };
  people: UserRef[];
  queryKey: QueryKey;
};

const STATUS_LABELS = { OPEN: "Open", IN_PROGRESS: "In progress", DONE: "Done" } as const;
const Err = ({ e }: { e?: string[] }) =>
  e?.length ? (
    <p role="alert" className="mt-1 text-xs text-red-600 dark:text-red-400">
      {e[0]}
    </p>
  ) : null;

/** One action item, each cell edited in place: selects and dates save on change, text when you leave it. */
export function ActionItemRow({ item: a, people, queryKey }: Props) {
  const { save, remove, errors, busy } = useItemSave(a.id, queryKey);
  const label = (what: string) => `${what} of “${a.title}”`;
  const owners = a.owner && !people.some((p) => p.id === a.owner?.id) ? [a.owner, ...people] : people;
  return (
    <tr aria-label={a.title} aria-busy={busy}>
      {a.postmortem && (
        <td data-label="Postmortem:" className="text-sm">
          <Link href={`/postmortems/${a.postmortem.id}`} className="font-medium hover:underline">
            #{a.postmortem.incidentNumber} {a.postmortem.title}
          </Link>
        </td>
      )}
      <td data-label="Kind:">
        <select
          aria-label={label("Kind")}
          className="input min-w-28 py-1"
          defaultValue={a.kind}
          onChange={(e) => save("kind", e.target.value)}
        >
          {ACTION_ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={label("Action")}
          className="input min-w-48 py-1"
          defaultValue={a.title}
          onBlur={(e) => e.target.value !== a.title && save("title", e.target.value)}
        />
        <Err e={errors.title} />
      </td>
      <td data-label="Owner:">
        <select
          aria-label={label("Owner")}
          className="input min-w-36 py-1"
          defaultValue={a.owner?.id ?? ""}
          onChange={(e) => save("ownerId", e.target.value)}
        >
          <option value="">Unassigned</option>
          {owners.map((p) => (
            <option key={p.id} value={p.id}>
              {personName(p)}
            </option>
          ))}
        </select>
        <Err e={errors.ownerId} />
      </td>
      <td data-label="Due:">
        <input
          type="date"
          aria-label={label("Due date")}
          className="input min-w-36 py-1"
          defaultValue={a.dueDate?.slice(0, 10) ?? ""}
          onChange={(e) => save("dueDate", e.target.value)}
        />
        {a.overdue && <Badge tone="red">Overdue</Badge>}
      </td>
      <td data-label="Status:">
        <select
          aria-label={label("Status")}
          className="input min-w-32 py-1"
          defaultValue={a.status}
          onChange={(e) => save("status", e.target.value)}
        >
          {ACTION_ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </td>
      <td data-label="Link:">
        <input
          type="url"
          aria-label={label("Link")}
          placeholder="https://…"
          className="input min-w-36 py-1"
          defaultValue={a.url ?? ""}
          onBlur={(e) => e.target.value !== (a.url ?? "") && save("url", e.target.value)}
        />
        <Err e={errors.url} />
      </td>
      <td>
        <button
          type="button"
          className="btn-secondary px-2 py-1 text-xs"
          disabled={busy}
          onClick={() => window.confirm(`Remove “${a.title}”?`) && remove()}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
