import { Badge } from "@/components/badges/badge";
import { formatCount } from "../format";
import { asArray, asNumber, asRecord } from "./result-values";

type Row = { table: string; expected: number | null; actual: number | null; ok: boolean };

/** The verification's per-table comparison, as a list of rows or as expected and restored count maps. */
function rowsOf(result: Record<string, unknown>): Row[] {
  const listed = asArray(result.tables ?? result.comparison).flatMap((v) => {
    const r = asRecord(v);
    if (!r || typeof r.table !== "string") return [];
    const expected = asNumber(r.expected);
    const actual = asNumber(r.actual ?? r.restored);
    return [{ table: r.table, expected, actual, ok: typeof r.ok === "boolean" ? r.ok : expected === actual }];
  });
  if (listed.length) return listed;
  const expected = asRecord(result.expected ?? result.rowCounts) ?? {};
  const actual = asRecord(result.actual ?? result.restored ?? result.restoredCounts) ?? {};
  return [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort().map((table) => {
    const e = asNumber(expected[table]);
    const a = asNumber(actual[table]);
    return { table, expected: e, actual: a, ok: e === a };
  });
}

/** Did the backup restore with the row counts it was taken with, table by table. */
export function VerifyResult({ result }: { result: Record<string, unknown> }) {
  const rows = rowsOf(result);
  const ok = typeof result.ok === "boolean" ? result.ok : rows.length > 0 && rows.every((r) => r.ok);
  return (
    <div className="space-y-3 text-sm">
      <p className="flex items-center gap-2">
        <Badge tone={ok ? "emerald" : "red"}>{ok ? "Matches" : "Differs"}</Badge>
        {ok ? "Restored with the same row counts as when it was taken." : "The restored row counts differ."}
      </p>
      {rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="table-base">
            <thead>
              <tr>
                <th>Table</th>
                <th className="text-right">At backup</th>
                <th className="text-right">Restored</th>
                <th>Same</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.table}>
                  <td className="font-mono text-xs">{r.table}</td>
                  <td className="text-right tabular-nums">{r.expected === null ? "—" : formatCount(r.expected)}</td>
                  <td className="text-right tabular-nums">{r.actual === null ? "—" : formatCount(r.actual)}</td>
                  <td>{r.ok ? "yes" : <strong className="text-red-700 dark:text-red-400">no</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
