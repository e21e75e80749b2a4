import type { EscalationPolicyDto } from "@opsdeck/core";
import { SEVERITIES } from "@opsdeck/core/severity/policy";
import type { PolicyChoices } from "./policy-values";

type Props = {
  idp: string;
  policy?: EscalationPolicyDto;
  services: PolicyChoices["services"];
  fe: Record<string, string[]>;
};

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="text-xs text-red-700 dark:text-red-400">
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

/** Which incidents the policy escalates: its severities, and the services it covers (none: all of them). */
export function ScopeFields({ idp, policy, services, fe }: Props) {
  const sevError = `${idp}-severities-error`;
  const svcError = `${idp}-services-error`;
  return (
    <>
      <fieldset className="space-y-1" aria-describedby={fe.severities ? sevError : undefined}>
        <legend className="text-sm font-medium">Severities</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {SEVERITIES.map((s) => (
            <label key={s} className="flex min-h-6 items-center gap-1.5 text-sm">
              <input type="checkbox" name="severities" value={s} defaultChecked={policy?.severities.includes(s)} />
              {s}
            </label>
          ))}
        </div>
        <Errors id={sevError} errors={fe.severities} />
      </fieldset>
      <fieldset className="min-w-0 space-y-1" aria-describedby={fe.services ? svcError : `${idp}-services-hint`}>
        <legend className="text-sm font-medium">Services</legend>
        <p id={`${idp}-services-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          None ticked: the policy covers every service. A policy naming an incident's service comes first.
        </p>
        {services.length > 0 && (
          <div className="max-h-40 overflow-y-auto rounded-md border border-slate-200 p-2 dark:border-slate-800">
            {services.map((s) => (
              <label key={s.slug} className="flex min-h-6 items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  name="services"
                  value={s.slug}
                  defaultChecked={policy?.services.includes(s.slug)}
                />
                <span className="min-w-0 break-words">
                  {s.name} <span className="text-slate-500 dark:text-slate-400">({s.slug})</span>
                </span>
              </label>
            ))}
          </div>
        )}
        <Errors id={svcError} errors={fe.services} />
      </fieldset>
    </>
  );
}
