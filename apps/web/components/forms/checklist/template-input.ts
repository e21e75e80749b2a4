import type { TChecklistItemInput, TCreateChecklistTemplate, TUpdateChecklistTemplate } from "@opsdeck/core";
import { numberedRows } from "./numbered-rows";
import { parseAssignee } from "./template-values";

const ITEM_CONTROL = /^items\.(\d{1,3})\.(id|title|detail|helpUrl|evidence)$/;

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

/** A whole number where one is written, else the text itself, so the service's schema names the mistake. */
function count(form: FormData, name: string): number | undefined {
  const v = text(form, name).trim();
  if (v === "") return undefined;
  return (/^-?\d+$/.test(v) ? Number(v) : v) as number;
}

/** The `items.<n>.<field>` controls as a list in their numbered order; a blank id is a new item. */
export function itemsInput(form: FormData): TChecklistItemInput[] {
  return numberedRows(form, ITEM_CONTROL).map((r) => ({
    ...(r.id?.trim() ? { id: r.id } : {}),
    title: r.title ?? "",
    detail: r.detail ?? "",
    helpUrl: r.helpUrl ?? "",
    evidence: (r.evidence ?? "") as TChecklistItemInput["evidence"],
  }));
}

/** The fields adding and editing share; blanks are sent as "" so an edit clears them. */
function fieldsInput(form: FormData) {
  const assignee = parseAssignee(text(form, "assignee"));
  return {
    name: text(form, "name"),
    description: text(form, "description"),
    cadence: text(form, "cadence") as TCreateChecklistTemplate["cadence"],
    timeZone: text(form, "timeZone"),
    dueTime: text(form, "dueTime"),
    dueDay: count(form, "dueDay"),
    graceMinutes: count(form, "graceMinutes"),
    ...(assignee && "role" in assignee ? { assigneeRole: assignee.role, assigneeId: "" } : {}),
    ...(assignee && "userId" in assignee ? { assigneeId: assignee.userId } : {}),
    items: itemsInput(form),
  };
}

/** Untrusted: createChecklistTemplate parses it with the shared schema and names each mistake. */
export function createTemplateInput(form: FormData): TCreateChecklistTemplate {
  const { items, ...fields } = fieldsInput(form);
  const slug = text(form, "slug").trim();
  return {
    ...fields,
    ...(slug ? { slug } : {}),
    items: items.map(({ id: _id, ...item }) => item),
  };
}

/** Every field is sent, with the updatedAt the form was read at, so a save over someone else's is refused. */
export function updateTemplateInput(form: FormData): TUpdateChecklistTemplate {
  return {
    ...fieldsInput(form),
    slug: text(form, "slug"),
    expectedUpdatedAt: text(form, "expectedUpdatedAt") || undefined,
  };
}
