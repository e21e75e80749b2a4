"use client";

import type { IndexReport, Section } from "@opsdeck/core/database/dto";
import { Time } from "@/components/ui/time";
import { formatBytes } from "./format";
import { Muted, Panel } from "./panel";

const SHOWN = 8;

function IndexList({ items }: { items: IndexReport["unused"] }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
      {items.map((i) => (
        <li key={i.index} className="flex min-w-0 justify-between gap-3 py-1" data-testid="unused-index">
          <span className="min-w-0 break-all font-mono text-xs">{i.index}</span>
          <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-400">{formatBytes(i.bytes)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Indexes nothing has scanned, and indexes another one on the same table already covers. */
export function IndexesPanel({ section }: { section: Section<IndexReport> }) {
  return (
    <Panel id="indexes" title="Unused and duplicate indexes" section={section}>
      {(r) => (
        <div className="space-y-4">
          <div>
            <h3 className="mb-1 text-sm font-medium">Never scanned</h3>
            {r.unused.length === 0 ? (
              <Muted>Every index has been used.</Muted>
            ) : (
              <>
                <IndexList items={r.unused.slice(0, SHOWN)} />
                {r.unused.length > SHOWN && (
                  <details>
                    <summary className="cursor-pointer py-1 text-sm text-slate-600 dark:text-slate-400">
                      {r.unused.length - SHOWN} more
                    </summary>
                    <IndexList items={r.unused.slice(SHOWN)} />
                  </details>
                )}
              </>
            )}
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              Scans counted{" "}
              {r.countedSince ? (
                <>
                  since <Time iso={r.countedSince} />
                </>
              ) : (
                "since the server started"
              )}{" "}
              on this server only (a replica's scans are not); unique and primary key indexes are left out.
            </p>
          </div>
          <div>
            <h3 className="mb-1 text-sm font-medium">Covered by another index</h3>
            {r.duplicates.length === 0 ? (
              <Muted>No index repeats the leading columns of another.</Muted>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="duplicate-indexes">
                {r.duplicates.map((d) => (
                  <li key={d.index} className="py-1">
                    <p className="break-all font-mono text-xs">
                      {d.index} <span className="font-sans text-slate-600 dark:text-slate-400">is covered by</span>{" "}
                      {d.coveredBy}
                    </p>
                    <p className="text-xs text-slate-600 dark:text-slate-400">{formatBytes(d.bytes)} could be freed</p>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </Panel>
  );
}
