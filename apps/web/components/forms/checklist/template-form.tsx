"use client";

import type { ChecklistTemplateDto, UserRef } from "@opsdeck/core";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { updateChecklistTemplateAction } from "@/app/(dashboard)/checklists/[slug]/edit/actions";
import { createChecklistTemplateAction } from "@/app/(dashboard)/checklists/new/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { AssigneeField } from "./assignee-field";
import { ConflictNotice } from "./conflict-notice";
import { ItemsEditor } from "./items-editor";
import { ScheduleFields, type ScheduleDefaults } from "./schedule-fields";
import { itemDrafts } from "./template-values";
import { type ItemControlId, useItemList } from "./use-item-list";

type Props = {
  /** Edit this checklist; without it the form adds one. */
  template?: ChecklistTemplateDto;
  /** Responders and admins who may be named as the assignee. */
  people: UserRef[];
  zones: string[];
  /** A new checklist's zone: the admin's own. */
  defaultTimeZone: string;
};

const id = (name: string) => `checklist-${name}`;
const controlId: ItemControlId = (key, control) => id(`item-${key}-${control}`);
const heading = "text-base font-semibold sm:col-span-2";

/**
 * Add a checklist, or edit one where its saved copy is kept in step: after a save the page reads
 * it again (and remounts this form with it). A rejected save keeps everything typed.
 */
export function TemplateForm({ template, people, zones, defaultTimeZone }: Props) {
  const router = useRouter();
  const list = useItemList(template ? itemDrafts(template.items) : [], controlId, id("add-item"));
  const [submittedKeys, setSubmittedKeys] = useState<string[]>([]);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(template ? updateChecklistTemplateAction : createChecklistTemplateAction, () => router.refresh());
  const schedule: ScheduleDefaults = template ?? {
    cadence: "DAILY",
    timeZone: defaultTimeZone,
    dueTime: "10:00",
    dueDay: 1,
    graceMinutes: 120,
  };
  function submit(e: FormEvent<HTMLFormElement>) {
    setSubmittedKeys(list.items.map((i) => i.key));
    onSubmit(e);
  }
  return (
    <form
      onSubmit={submit}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label={template ? "Edit checklist" : "Add checklist"}
    >
      {template && (
        <>
          <input type="hidden" name="slug" value={template.slug} />
          <input type="hidden" name="expectedUpdatedAt" value={template.updatedAt} />
        </>
      )}
      <h2 className={heading}>Checklist</h2>
      <Field label="Name" name="name" id={id("name")} errors={fe.name}>
        <input id={id("name")} name="name" className="input" autoComplete="off" defaultValue={template?.name} />
      </Field>
      {template ? (
        <AssigneeField id={id("assignee")} template={template} people={people} fe={fe} />
      ) : (
        <Field
          label="Slug (optional)"
          name="slug"
          id={id("slug")}
          errors={fe.slug}
          hint="Its address, /checklists/<slug>; made from the name when left empty."
        >
          <input id={id("slug")} name="slug" className="input font-mono" autoComplete="off" spellCheck={false} />
        </Field>
      )}
      <div className="sm:col-span-2">
        <Field label="Description" name="description" id={id("description")} errors={fe.description}>
          <textarea
            id={id("description")}
            name="description"
            rows={2}
            className="input"
            defaultValue={template?.description ?? ""}
          />
        </Field>
      </div>
      {!template && <AssigneeField id={id("assignee")} people={people} fe={fe} />}
      <h2 className={`${heading} mt-2`}>Schedule</h2>
      <ScheduleFields defaults={schedule} zones={zones} fe={fe} id={id} />
      <ItemsEditor
        list={list}
        controlId={controlId}
        addButtonId={id("add-item")}
        fieldErrors={fe}
        submittedKeys={submittedKeys}
      />
      {template && (
        <p className="text-sm text-slate-600 sm:col-span-2 dark:text-slate-400">
          Changes apply from the next run: runs already open keep their own copy of the items.
        </p>
      )}
      {state.code === "CONFLICT" && <ConflictNotice onReload={() => router.refresh()} />}
      <SubmitRow
        pending={pending}
        label={template ? "Save changes" : "Add checklist"}
        busy={template ? "Saving…" : "Adding…"}
        state={state.code === "CONFLICT" ? { ok: false } : state}
      />
    </form>
  );
}
