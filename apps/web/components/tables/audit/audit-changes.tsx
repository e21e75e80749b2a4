import { auditChanges } from "@opsdeck/core";

/** What an entry changed as "field: old → new" lines, with the recorded JSON one click away. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = auditChanges(before, after);
  if (before == null && after == null) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <div className="flex min-w-0 flex-col gap-1 text-xs">
      {changes.length === 0 ? (
        <span className="text-slate-500 dark:text-slate-400">No field changed</span>
      ) : (
        <ul className="flex min-w-0 flex-col gap-0.5">
          {changes.slice(0, 6).map((c) => (
            <li key={c.field} className="min-w-0 break-words">
              <span className="font-medium">{c.field}</span>:{" "}
              {c.from !== null && <span className="text-slate-500 line-through dark:text-slate-400">{c.from}</span>}
              {c.from !== null && c.to !== null && " → "}
              {c.to !== null && <span>{c.to}</span>}
            </li>
          ))}
          {changes.length > 6 && <li className="text-slate-500 dark:text-slate-400">and {changes.length - 6} more</li>}
        </ul>
      )}
      <details>
        <summary className="cursor-pointer text-slate-500 hover:underline dark:text-slate-400">Recorded values</summary>
        <pre className="mt-1 max-w-full overflow-x-auto rounded bg-slate-100 p-2 whitespace-pre-wrap break-all dark:bg-slate-800">
          {JSON.stringify({ before, after }, null, 2)}
        </pre>
      </details>
    </div>
  );
}
