"use client";

import type { PostmortemDto, UserRef } from "@opsdeck/core";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { PageHeader } from "@/components/ui/page-header";
import { fetchJson } from "@/lib/api/fetch-json";
import { ActionItemList } from "./action-item-list";
import { ActionItemsTable } from "./action-items/action-items-table";
import { AddActionItemForm } from "./action-items/add-action-item-form";
import { SectionFields } from "./editor/section-fields";
import { StatusButtons } from "./editor/status-buttons";
import { postmortemKey, useAutosave } from "./editor/use-autosave";
import { PostmortemDocument } from "./postmortem-document";
import { PostmortemHeader } from "./postmortem-header";

type Props = {
  initial: PostmortemDto;
  renderedAt: number;
  liveFrom: number;
  /** Responders and admins: they edit, and can own action items. */
  people: UserRef[] | null;
};

function Editor({ pm }: { pm: PostmortemDto }) {
  const autosave = useAutosave(pm);
  return (
    <>
      <div className="mb-4">
        <StatusButtons pm={pm} unsaved={autosave.unsaved} />
      </div>
      <SectionFields pm={pm} autosave={autosave} />
    </>
  );
}

/** A postmortem: an editor saved as you type for responders, the document for viewers; read again on every change. */
export function PostmortemView({ initial, renderedAt, liveFrom, people }: Props) {
  const q = useLiveQuery({
    queryKey: postmortemKey(initial.id),
    queryFn: () => fetchJson<PostmortemDto>(`/api/v1/postmortems/${initial.id}`),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: {
      "postmortem.changed": (pm: PostmortemDto, p: Record<string, unknown>) =>
        p.id === pm.id && Number(p.version) > pm.version ? REFETCH : undefined,
    },
  });
  const pm = q.data ?? initial;
  const editing = people && pm.status !== "PUBLISHED";
  return (
    <>
      <PageHeader title={`Postmortem: ${pm.title}`} />
      <PostmortemHeader pm={pm} />
      <div className="grid max-w-5xl gap-6">
        {editing ? (
          <Editor pm={pm} />
        ) : (
          <>
            {people && <StatusButtons pm={pm} unsaved={false} />}
            <PostmortemDocument pm={pm} />
          </>
        )}
        <section className="card min-w-0 p-4" aria-labelledby="action-items">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="action-items" className="font-semibold">
              Action items
            </h2>
            <Freshness of={q} />
          </div>
          {people ? (
            <>
              <ActionItemsTable
                items={pm.actionItems}
                people={people}
                queryKey={postmortemKey(pm.id)}
                empty="No action items yet."
              />
              <AddActionItemForm postmortemId={pm.id} people={people} queryKey={postmortemKey(pm.id)} />
            </>
          ) : (
            <ActionItemList items={pm.actionItems} />
          )}
        </section>
      </div>
    </>
  );
}
