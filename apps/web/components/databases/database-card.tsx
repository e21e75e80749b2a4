import type { DatabaseDto } from "@opsdeck/core/database/dto";
import { Database } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/badges/badge";
import { RelativeTime } from "@/components/ui/relative-time";

/** A monitored database in the list: where it comes from, where it is, and how its last sample went. */
export function DatabaseCard({ d }: { d: DatabaseDto }) {
  return (
    <li className="card min-w-0 p-4" data-testid="database-card">
      <div className="flex items-start gap-3">
        <Database className="mt-0.5 size-5 shrink-0 text-slate-500" aria-hidden />
        <div className="min-w-0 flex-1">
          <h2 className="font-semibold">
            <Link href={`/databases/${encodeURIComponent(d.id)}`} className="hover:underline">
              {d.name}
            </Link>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {d.source.kind === "check" ? "Postgres check" : "Postgres target"}
            {d.service && (
              <>
                {" of "}
                <Link href={`/services/${encodeURIComponent(d.service.slug)}`} className="hover:underline">
                  {d.service.name}
                </Link>
              </>
            )}
          </p>
          {d.address && <p className="mt-1 break-all font-mono text-xs">{d.address}</p>}
          <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
            {d.problem ? (
              <Badge tone="amber" title={d.problem.message}>
                Sample failed
              </Badge>
            ) : d.sampledAt ? (
              <Badge tone="emerald">Sampled</Badge>
            ) : (
              <Badge tone="slate">Not sampled yet</Badge>
            )}
            {d.sampledAt && (
              <span>
                <RelativeTime iso={d.sampledAt} pastOnly />
              </span>
            )}
          </p>
          {d.problem && (
            <p className="mt-1 break-words text-xs text-amber-800 dark:text-amber-300">{d.problem.message}</p>
          )}
        </div>
      </div>
    </li>
  );
}
