import type { Deployment } from "@opsdeck/integrations";
import { Time } from "@/components/ui/time";
import { deploymentLabel } from "../format";
import { asArray, asRecord, Facts } from "./result-values";

const deployment = (v: unknown): Deployment | null => {
  const r = asRecord(v);
  return r && typeof r.id === "string" ? (r as unknown as Deployment) : null;
};

function Describe({ d }: { d: Deployment | null }) {
  if (!d) return <span>nothing live</span>;
  return (
    <span>
      <span className="font-mono">{deploymentLabel(d)}</span>
      {d.message && <span className="block text-slate-600 dark:text-slate-400">{d.message}</span>}
      <span className="block text-xs text-slate-500 dark:text-slate-400">
        {d.author ?? "unknown author"} · <Time iso={d.createdAt} />
      </span>
    </span>
  );
}

/** From, to and what the responder must know afterwards. */
export function RollbackResult({ result }: { result: Record<string, unknown> }) {
  const notes = asArray(result.notes).filter((n): n is string => typeof n === "string");
  return (
    <Facts
      items={[
        ["From", <Describe key="from" d={deployment(result.from)} />],
        ["To", <Describe key="to" d={deployment(result.to)} />],
        [
          "Notes",
          notes.length ? (
            <ul key="notes" className="list-disc pl-5">
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : (
            "None"
          ),
        ],
      ]}
    />
  );
}
