import type { BackupDto } from "@opsdeck/core";
import { Badge } from "@/components/badges/badge";
import { Time } from "@/components/ui/time";
import { Comparison } from "../run/result-verify";

/** "Verified" with what the verification found, "Verification failed" with the tables that differ, or "not verified". */
export function VerifiedBadge({ backup: b }: { backup: BackupDto }) {
  const v = b.verification;
  if (!b.verifiedAt && !v) return <span className="text-xs text-slate-600 dark:text-slate-400">not verified</span>;
  const at = typeof v?.at === "string" ? v.at : b.verifiedAt;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer list-none">
        {b.verifiedAt ? <Badge tone="emerald">Verified</Badge> : <Badge tone="red">Verification failed</Badge>}{" "}
        <span className="underline decoration-dotted">details</span>
      </summary>
      <div className="mt-1 space-y-1">
        {at && (
          <p>
            Restored into a scratch database and compared <Time iso={at} />
          </p>
        )}
        {typeof v?.error === "string" ? (
          <p className="text-red-700 dark:text-red-400">{v.error}</p>
        ) : (
          v && <Comparison result={v} />
        )}
        {typeof v?.runId === "string" && (
          <a className="underline" href={`/actions/${v.runId}`}>
            The verify run
          </a>
        )}
      </div>
    </details>
  );
}
