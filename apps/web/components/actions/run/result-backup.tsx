import { formatBytes, formatCount } from "../format";
import { asNumber, asRecord, Facts } from "./result-values";

/** Row counts per table, largest first. */
export function RowCounts({ counts }: { counts: Record<string, unknown> }) {
  const rows = Object.entries(counts)
    .map(([table, n]) => [table, asNumber(n) ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  if (rows.length === 0) return <span>No tables</span>;
  return (
    <details>
      <summary className="cursor-pointer">
        {formatCount(rows.reduce((a, [, n]) => a + n, 0))} rows in {rows.length} tables
      </summary>
      <table className="mt-2 text-xs">
        <tbody>
          {rows.map(([table, n]) => (
            <tr key={table}>
              <td className="pr-4 font-mono">{table}</td>
              <td className="text-right tabular-nums">{formatCount(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Size, checksum and row counts of the backup a run made. */
export function BackupResult({ result }: { result: Record<string, unknown> }) {
  const size = asNumber(result.sizeBytes);
  const ms = asNumber(result.durationMs);
  const counts = asRecord(result.rowCounts);
  return (
    <Facts
      items={[
        ["Size", size === null ? "—" : formatBytes(size)],
        [
          "SHA-256",
          <span key="sha" className="font-mono text-xs break-all">
            {String(result.sha256 ?? "—")}
          </span>,
        ],
        ...(ms === null ? [] : ([["Duration", `${(ms / 1000).toFixed(1)} s`]] as [string, string][])),
        ["Rows", counts ? <RowCounts key="rows" counts={counts} /> : "—"],
      ]}
    />
  );
}
