"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { setAutoDeployAction } from "@/app/(dashboard)/actions/targets/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { fetchResult } from "@/lib/api/fetch-json";

/**
 * Whether the Render service deploys every push on its own, with the switch: after a rollback it
 * should be off, or the next push redeploys the code the rollback took away.
 */
export function AutoDeploy({ targetId, canAct }: { targetId: string; canAct: boolean }) {
  const qc = useQueryClient();
  const key = ["autodeploy", targetId];
  const q = useQuery({
    queryKey: key,
    queryFn: () => fetchResult<{ autoDeploy: boolean }>(`/api/v1/targets/${targetId}/autodeploy`),
  });
  const { pending, onSubmit } = useFormAction(setAutoDeployAction, () => qc.invalidateQueries({ queryKey: key }));
  const r = q.data;
  return (
    <section className="card min-w-0 p-4" aria-labelledby="autodeploy">
      <h2 id="autodeploy" className="mb-2 font-semibold">
        Automatic deploys
      </h2>
      {!r ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Asking Render…</p>
      ) : !r.ok ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          Render could not be read: {r.message}
        </p>
      ) : (
        <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3 text-sm">
          <input type="hidden" name="id" value={targetId} />
          <input type="hidden" name="on" value={String(!r.data.autoDeploy)} />
          <p>
            {r.data.autoDeploy
              ? "On: every push to the branch deploys. After a rollback, turn them off so a push does not bring the bad code back."
              : "Off: pushes do not deploy until they are turned back on."}
          </p>
          {canAct && (
            <button type="submit" className={r.data.autoDeploy ? "btn-danger" : "btn-secondary"} disabled={pending}>
              {r.data.autoDeploy ? "Turn automatic deploys off" : "Turn automatic deploys on"}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
