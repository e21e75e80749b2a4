import type { Sleep } from "../../http/sleep.ts";
import type { RunIo } from "../../run-io.ts";
import { ProviderError } from "../types.ts";
import type { TVercelProject } from "./schemas.ts";

export interface AliasJobPolling {
  pollMs: number;
  timeoutMs: number;
  sleep: Sleep;
}

const PROGRESS: Record<string, number> = { pending: 0.3, "in-progress": 0.6 };

/**
 * Follows the project's `lastAliasRequest` after a rollback or promote request until Vercel
 * reports the job for `deploymentId` succeeded (or skipped), logging each status change.
 */
export async function waitForAliasJob(
  readProject: () => Promise<TVercelProject>,
  deploymentId: string,
  kind: "rollback" | "promote",
  io: RunIo,
  polling: AliasJobPolling,
): Promise<"succeeded" | "skipped"> {
  const deadline = Date.now() + polling.timeoutMs;
  let last = "";
  for (;;) {
    const job = (await readProject()).lastAliasRequest;
    const status = job?.toDeploymentId === deploymentId ? job.jobStatus : "pending";
    if (status !== last) {
      io.log(`Vercel ${kind} job for ${deploymentId}: ${status}`);
      last = status;
    }
    if (status === "succeeded" || status === "skipped") return status;
    if (status === "failed") {
      throw new ProviderError(
        `Vercel's ${kind} to ${deploymentId} failed: not every production domain could be moved. The project's domains in the Vercel dashboard show which ones.`,
        null,
        false,
      );
    }
    io.progress(PROGRESS[status] ?? 0.5, `${kind} ${status}`);
    if (Date.now() >= deadline) {
      throw new ProviderError(
        `Vercel's ${kind} to ${deploymentId} was still ${status} after ${Math.round(polling.timeoutMs / 1000)} s. Vercel keeps going in the background; check the project before trying again.`,
        null,
        true,
      );
    }
    await polling.sleep(polling.pollMs, io.signal);
  }
}
