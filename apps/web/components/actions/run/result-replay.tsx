import { Badge } from "@/components/badges/badge";
import { asArray, asRecord } from "./result-values";

/** Each event's outcome: replay is best effort, so some may have failed while others went through. */
export function ReplayResult({ result }: { result: Record<string, unknown> }) {
  const events = asArray(result.results).flatMap((v) => {
    const r = asRecord(v);
    if (!r) return [];
    const id = String(r.id ?? "?");
    const ok = r.ok === true;
    const detail = [typeof r.status === "number" ? `HTTP ${r.status}` : null, r.message]
      .filter((x) => typeof x === "string" && x !== "")
      .join(" · ");
    return [{ id, ok, detail }];
  });
  if (events.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No per-event results were recorded.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
      {events.map((e) => (
        <li key={e.id} className="flex flex-wrap items-center gap-2 py-1.5">
          <Badge tone={e.ok ? "emerald" : "red"}>{e.ok ? "Sent" : "Failed"}</Badge>
          <span className="font-mono text-xs">{e.id}</span>
          {e.detail && <span className="min-w-0 break-words text-slate-600 dark:text-slate-400">{e.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
