import type { BackupDto } from "@opsdeck/core";
import { Badge } from "@/components/badges/badge";
import { Time } from "@/components/ui/time";
import { PlainValue } from "../run/result-values";

/** "Verified" with what the verification found, or plainly "not verified". */
export function VerifiedBadge({ backup: b }: { backup: BackupDto }) {
  if (!b.verifiedAt) return <span className="text-xs text-slate-600 dark:text-slate-400">not verified</span>;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer list-none">
        <Badge tone="emerald">Verified</Badge> <span className="underline decoration-dotted">details</span>
      </summary>
      <div className="mt-1 space-y-1">
        <p>
          Restored and compared <Time iso={b.verifiedAt} />
        </p>
        {b.verification && <PlainValue value={b.verification} />}
      </div>
    </details>
  );
}
