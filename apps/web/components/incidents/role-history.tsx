import type { IncidentRoleDto } from "@opsdeck/core";
import { Time } from "@/components/ui/time";
import { personName } from "./format";

const LABEL = { COMMANDER: "Commander", COMMS_LEAD: "Communications lead" } as const;

/** Who held which role when, oldest first. */
export function RoleHistory({ roles }: { roles: IncidentRoleDto[] }) {
  if (roles.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">Nobody has held a role yet.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {roles.map((r) => (
        <li key={`${r.role}-${r.startedAt}-${r.user?.id}`} className="min-w-0">
          <span className="font-medium">{personName(r.user) ?? "A removed user"}</span>{" "}
          <span className="text-slate-500 dark:text-slate-400">{LABEL[r.role]}</span>
          <span className="block text-xs text-slate-500 dark:text-slate-400">
            from <Time iso={r.startedAt} />
            {r.endedAt ? (
              <>
                {" "}
                to <Time iso={r.endedAt} />
              </>
            ) : (
              " (now)"
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
