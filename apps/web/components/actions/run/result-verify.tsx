import { Badge } from "@/components/badges/badge";
import { formatCount } from "../format";
import { asArray, asNumber, asRecord, Facts } from "./result-values";

type Mismatch = { table: string; expected: number | null; actual: number | null };

const mismatchesOf = (v: unknown): Mismatch[] =>
  asArray(v).flatMap((m) => {
    const r = asRecord(m);
    return r && typeof r.table === "string"
      ? [{ table: r.table, expected: asNumber(r.expected), actual: asNumber(r.actual) }]
      : [];
  });

const count = (n: number | null) => (n === null ? "none" : formatCount(n));

/** How a restored copy compared with the backup's row counts: the tables that differ, if any. */
export function Comparison({ result }: { result: Record<string, unknown> }) {
  const mismatches = mismatchesOf(result.mismatches);
  const extra = asArray(result.extraTables).filter((t): t is string => typeof t === "string");
  const compared = asNumber(result.tablesCompared);
  const ok = result.ok === true;
  return (
    <div className="space-y-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={ok ? "emerald" : "red"}>{ok ? "Matches" : "Differs"}</Badge>
        {ok
          ? `All ${compared === null ? "" : `${formatCount(compared)} `}tables hold the rows they held at backup time.`
          : "Some tables do not hold the rows they held at backup time."}
      </p>
      {mismatches.length > 0 && (
        <div className="overflow-x-auto">
          <table className="table-base">
            <thead>
              <tr>
                <th>Table</th>
                <th className="text-right">At backup</th>
                <th className="text-right">Restored</th>
              </tr>
            </thead>
            <tbody>
              {mismatches.map((m) => (
                <tr key={m.table}>
                  <td className="font-mono text-xs">{m.table}</td>
                  <td className="text-right tabular-nums">{count(m.expected)}</td>
                  <td className="text-right tabular-nums">{count(m.actual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {extra.length > 0 && <p>Tables the backup did not count: {extra.join(", ")}</p>}
    </div>
  );
}

/** A verify run: the archive listed, restored into a scratch database (dropped) and compared. */
export function VerifyResult({ result }: { result: Record<string, unknown> }) {
  const entries = asNumber(result.tocEntries);
  const ms = asNumber(result.durationMs);
  return (
    <Facts
      items={[
        ["Row counts", <Comparison key="cmp" result={result} />],
        ["Archive entries", entries === null ? "—" : formatCount(entries)],
        ["Duration", ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`],
      ]}
    />
  );
}

/** A restore run: where it went, how to use it, and the comparison. */
export function RestoreResult({ result }: { result: Record<string, unknown> }) {
  const inPlace = result.mode === "in-place";
  return (
    <Facts
      items={[
        [
          "Database",
          <span key="db" className="font-mono">
            {String(result.database ?? "—")}
          </span>,
        ],
        [
          inPlace ? "Mode" : "To use it",
          inPlace ? (
            "In place, after a safety backup of the state it replaced"
          ) : (
            <span key="use">
              Point the application's <code>DATABASE_URL</code> at{" "}
              <code className="break-all">{String(result.url ?? "")}</code> (with its password), then restart it.
            </span>
          ),
        ],
        ["Row counts", <Comparison key="cmp" result={result} />],
      ]}
    />
  );
}
