import type { Deployment } from "@opsdeck/integrations";
import { Time } from "@/components/ui/time";
import { shortSha } from "../format";

/** One deployment as a confirmation names it: id, commit, message, author and time. */
export function DeploymentLine({ label, d }: { label: string; d: Deployment | null }) {
  return (
    <div className="min-w-0 rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</p>
      {d ? (
        <>
          <p className="font-mono text-sm break-all">
            {d.id}
            {d.commit && <span className="text-slate-600 dark:text-slate-400"> ({shortSha(d.commit)})</span>}
          </p>
          {d.message && <p className="text-sm break-words">{d.message}</p>}
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {d.author ?? "unknown author"} · <Time iso={d.createdAt} />
          </p>
        </>
      ) : (
        <p className="text-sm">Nothing is live</p>
      )}
    </div>
  );
}
