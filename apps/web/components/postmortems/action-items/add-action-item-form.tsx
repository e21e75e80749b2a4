"use client";

import type { UserRef } from "@opsdeck/core";
import { ACTION_ITEM_KINDS, KIND_LABELS } from "@opsdeck/core/postmortem/fields";
import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { addActionItemAction } from "@/app/(dashboard)/postmortems/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { personName } from "@/components/incidents/format";
import { Field } from "@/components/ui/field";

/** A new follow-up: prevent, detect or respond, with an owner, a due day and a link. */
export function AddActionItemForm({
  postmortemId,
  people,
  queryKey,
}: {
  postmortemId: string;
  people: UserRef[];
  queryKey: QueryKey;
}) {
  const qc = useQueryClient();
  const [round, setRound] = useState(0);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(addActionItemAction, async () => {
    setRound((r) => r + 1);
    await qc.invalidateQueries({ queryKey, exact: true });
  });
  const id = (f: string) => `new-item-${f}`;
  return (
    <form
      key={round}
      onSubmit={onSubmit}
      aria-label="Add action item"
      noValidate
      className="mt-4 grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 lg:grid-cols-6 dark:border-slate-800"
    >
      <input type="hidden" name="postmortemId" value={postmortemId} />
      <Field label="Kind" name="kind" id={id("kind")} errors={fe.kind}>
        <select id={id("kind")} name="kind" className="input">
          {ACTION_ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2 lg:col-span-2">
        <Field label="Action" name="title" id={id("title")} errors={fe.title}>
          <input id={id("title")} name="title" className="input" maxLength={500} />
        </Field>
      </div>
      <Field label="Owner" name="ownerId" id={id("ownerId")} errors={fe.ownerId}>
        <select id={id("ownerId")} name="ownerId" className="input" defaultValue="">
          <option value="">Unassigned</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {personName(p)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Due" name="dueDate" id={id("dueDate")} errors={fe.dueDate}>
        <input id={id("dueDate")} name="dueDate" type="date" className="input" />
      </Field>
      <Field label="Link" name="url" id={id("url")} errors={fe.url}>
        <input id={id("url")} name="url" type="url" placeholder="https://…" className="input" />
      </Field>
      <div className="sm:col-span-2 lg:col-span-6">
        <SubmitRow pending={pending} label="Add action item" busy="Adding…" state={state} />
      </div>
    </form>
  );
}
