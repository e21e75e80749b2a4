"use client";

import type { ActionItemDto, UserRef } from "@opsdeck/core";
import type { QueryKey } from "@tanstack/react-query";
import { ActionItemRow } from "./action-item-row";

type Item = ActionItemDto & { postmortem?: { id: string; title: string; incidentNumber: number } };

/** Action items editable in place: a table on a desktop, one card per item on a phone. */
export function ActionItemsTable({
  items,
  people,
  queryKey,
  empty,
}: {
  items: Item[];
  people: UserRef[];
  queryKey: QueryKey;
  empty: string;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">{empty}</p>;
  const withPostmortem = items.some((i) => i.postmortem);
  return (
    <div className="relative overflow-x-auto">
      <table className="table-base table-cards">
        <thead>
          <tr>
            {withPostmortem && <th>Postmortem</th>}
            <th>Kind</th>
            <th>Action</th>
            <th>Owner</th>
            <th>Due</th>
            <th>Status</th>
            <th>Link</th>
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            // Keyed by what the row shows, so a change made elsewhere replaces the uncontrolled inputs.
            <ActionItemRow
              key={`${a.id}:${a.title}:${a.status}:${a.kind}:${a.dueDate}:${a.owner?.id}:${a.url}`}
              item={a}
              people={people}
              queryKey={queryKey}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
