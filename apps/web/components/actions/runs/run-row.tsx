import type { ActionRunDto } from "@opsdeck/core";
import { ACTION_LABEL } from "@opsdeck/core/action/kinds";
import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { personName } from "../format";
import { RunStatus } from "./run-progress-text";

export function RunRow({ run: r }: { run: ActionRunDto }) {
  return (
    <tr data-testid="run-item">
      <td className="whitespace-nowrap font-mono text-slate-500 dark:text-slate-400">#{r.number}</td>
      <td className="min-w-64">
        <Link href={`/actions/${r.id}`} className="font-medium hover:underline">
          {ACTION_LABEL[r.kind]}
        </Link>
        <p className="mt-0.5 break-words text-xs text-slate-600 dark:text-slate-400">{r.summary}</p>
      </td>
      <td className="whitespace-nowrap">
        <Link href={`/actions/targets/${r.target.id}`} className="hover:underline">
          {r.target.name}
        </Link>
      </td>
      <td>
        <RunStatus run={r} />
      </td>
      <td className="whitespace-nowrap text-slate-600 dark:text-slate-300">
        <RelativeTime iso={r.createdAt} pastOnly />
        <span className="block text-xs text-slate-500 dark:text-slate-400">{personName(r.requestedBy)}</span>
      </td>
    </tr>
  );
}
