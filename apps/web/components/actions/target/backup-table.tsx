"use client";

import type { BackupDto } from "@opsdeck/core";
import { Badge } from "@/components/badges/badge";
import { Time } from "@/components/ui/time";
import { formatBytes, formatCount } from "../format";
import { VerifiedBadge } from "./verified-badge";

type Props = {
  backups: BackupDto[];
  canAct: boolean;
  canRestore: boolean;
  onVerify: (b: BackupDto) => void;
  onRestore: (b: BackupDto) => void;
};

const ORIGIN: Record<string, string> = { MANUAL: "On demand", SCHEDULED: "Scheduled", SAFETY: "Before a restore" };
const origin = (o: string) => ORIGIN[o] ?? o.charAt(0) + o.slice(1).toLowerCase().replaceAll("_", " ");

/** The target's backups, newest first; removed ones stay listed for the record, without buttons. */
export function BackupTable({ backups, canAct, canRestore, onVerify, onRestore }: Props) {
  if (backups.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No backups yet.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="table-base table-cards">
        <caption className="sr-only">Backups</caption>
        <thead>
          <tr>
            <th>Taken</th>
            <th>Origin</th>
            <th>Size</th>
            <th>Duration</th>
            <th>Rows</th>
            <th>Verified</th>
            {canAct && <th className="sr-only">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.id} data-testid="backup-row">
              <td className="whitespace-nowrap">
                <Time iso={b.createdAt} />
                {b.deletedAt && (
                  <span className="ml-2">
                    <Badge tone="slate" title="Removed by retention or by hand">
                      File removed
                    </Badge>
                  </span>
                )}
              </td>
              <td className="whitespace-nowrap" data-label="Origin:">
                {origin(b.origin)}
              </td>
              <td className="whitespace-nowrap tabular-nums" data-label="Size:">
                {formatBytes(b.sizeBytes)}
              </td>
              <td className="whitespace-nowrap tabular-nums" data-label="Took:">
                {(b.durationMs / 1000).toFixed(1)} s
              </td>
              <td className="whitespace-nowrap tabular-nums" data-label="Rows:">
                {formatCount(b.totalRows)}
              </td>
              <td>
                <VerifiedBadge backup={b} />
              </td>
              {canAct && (
                <td className="whitespace-nowrap text-right">
                  {!b.deletedAt && (
                    <span className="inline-flex flex-wrap gap-2">
                      <button type="button" className="btn-secondary px-2.5 py-1" onClick={() => onVerify(b)}>
                        Verify
                      </button>
                      {canRestore && (
                        <button type="button" className="btn-secondary px-2.5 py-1" onClick={() => onRestore(b)}>
                          Restore…
                        </button>
                      )}
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
