import type { ServiceDetailDto } from "@opsdeck/core";
import { Field } from "@/components/ui/field";

type Errors = Record<string, string[]>;
/** The values a form starts from: blank for a new service, the stored ones when editing. */
export type ServiceDefaults = Partial<Pick<ServiceDetailDto, "name" | "team" | "tier" | "runbookUrl" | "description">>;

/** Name, team, tier, runbook URL and description: the fields adding and editing a service share. */
export function ServiceFields({ fe, defaults = {}, idPrefix = "" }: { fe: Errors; defaults?: ServiceDefaults; idPrefix?: string }) {
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <Field label="Name" name="name" id={id("name")} errors={fe.name}>
        <input id={id("name")} name="name" className="input" autoComplete="off" defaultValue={defaults.name} />
      </Field>
      <Field label="Team" name="team" id={id("team")} errors={fe.team}>
        <input id={id("team")} name="team" className="input" autoComplete="off" defaultValue={defaults.team ?? ""} />
      </Field>
      <Field label="Tier" name="tier" id={id("tier")} errors={fe.tier} hint="Tier 1 is the most critical.">
        <select id={id("tier")} name="tier" className="input" defaultValue={defaults.tier ?? "TIER_2"}>
          <option value="TIER_1">Tier 1</option>
          <option value="TIER_2">Tier 2</option>
          <option value="TIER_3">Tier 3</option>
        </select>
      </Field>
      <Field label="Runbook URL" name="runbookUrl" id={id("runbookUrl")} errors={fe.runbookUrl}>
        <input
          id={id("runbookUrl")}
          name="runbookUrl"
          type="url"
          className="input"
          placeholder="https://…"
          autoComplete="off"
          defaultValue={defaults.runbookUrl ?? ""}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Description" name="description" id={id("description")} errors={fe.description}>
          <textarea id={id("description")} name="description" rows={2} className="input" defaultValue={defaults.description ?? ""} />
        </Field>
      </div>
    </>
  );
}
