import type { ActionRunDto } from "@opsdeck/core";
import { ACTION_LABEL } from "@opsdeck/core/action/kinds";
import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { personName } from "../format";
import { RunStatus } from "./run-progress-text";

/** The phone layout of a run row. */
export function RunCard({ run: r }: { run: ActionRunDto }) {
  return (
    <li className="flex min-w-0 flex-col gap-1.5 p-3" data-testid="run-item">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
        <RunStatus run={r} />
        <span className="font-mono">#{r.number}</span>
        <span className="ml-auto">
          <RelativeTime iso={r.createdAt} pastOnly />
        </span>
      </div>
      <Link href={`/actions/${r.id}`} className="font-medium hover:underline">
        {ACTION_LABEL[r.kind]} · {r.target.name}
      </Link>
      <p className="break-words text-sm text-slate-600 dark:text-slate-400">{r.summary}</p>
      <p className="text-xs text-slate-500 dark:text-slate-400">Requested by {personName(r.requestedBy)}</p>
    </li>
  );
}
