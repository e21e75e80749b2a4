import type { ActionRunDto } from "@opsdeck/core";
import { BackupResult } from "./result-backup";
import { ReplayResult } from "./result-replay";
import { RollbackResult } from "./result-rollback";
import { RestoreResult, VerifyResult } from "./result-verify";
import { Facts, PlainValue } from "./result-values";

/** What the run produced, in the shape its kind reports. */
export function RunResult({ run }: { run: ActionRunDto }) {
  const r = run.result;
  if (!r) return null;
  switch (run.kind) {
    case "ROLLBACK":
      return <RollbackResult result={r} />;
    case "BACKUP":
      return <BackupResult result={r} />;
    case "VERIFY":
      return <VerifyResult result={r} />;
    case "RESTORE":
      return <RestoreResult result={r} />;
    case "REPLAY":
      return <ReplayResult result={r} />;
    default:
      return <Facts items={Object.entries(r).map(([k, v]) => [k, <PlainValue key={k} value={v} />])} />;
  }
}
