import type { ChecklistTemplateDto, UserRef } from "@opsdeck/core";
import { Field } from "@/components/ui/field";
import { assigneeValue } from "./template-values";

type Props = {
  id: string;
  template?: Pick<ChecklistTemplateDto, "assignee" | "assigneeRole">;
  people: UserRef[];
  fe: Record<string, string[]>;
};

const personLabel = (p: UserRef) => (p.name ? `${p.name} (${p.email})` : p.email);

/** Who signs off: anyone with a role, or one named responder or admin. */
export function AssigneeField({ id, template, people, fe }: Props) {
  const stored = template?.assignee;
  // A since-disabled assignee is not in the list but stays selected until someone picks another.
  const options = stored && !people.some((p) => p.id === stored.id) ? [stored, ...people] : people;
  const value = assigneeValue(
    stored ? { userId: stored.id } : { role: template?.assigneeRole === "ADMIN" ? "ADMIN" : "RESPONDER" },
  );
  const errors = [...(fe.assignee ?? []), ...(fe.assigneeRole ?? []), ...(fe.assigneeId ?? [])];
  return (
    <Field label="Assignee" name="assignee" id={id} errors={errors.length ? errors : undefined}>
      <select id={id} name="assignee" className="input" defaultValue={value}>
        <optgroup label="Anyone with the role">
          <option value={assigneeValue({ role: "RESPONDER" })}>Any responder</option>
          <option value={assigneeValue({ role: "ADMIN" })}>Any admin</option>
        </optgroup>
        {options.length > 0 && (
          <optgroup label="One person">
            {options.map((p) => (
              <option key={p.id} value={assigneeValue({ userId: p.id })}>
                {personLabel(p)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </Field>
  );
}
