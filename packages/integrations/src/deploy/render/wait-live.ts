import type { Sleep } from "../../http/sleep.ts";
import type { RunIo } from "../../run-io.ts";
import { ProviderError } from "../types.ts";
import type { TRenderDeploy } from "./schemas.ts";

/** Statuses after which a deploy will never go live. */
export const RENDER_FAILED = new Set(["build_failed", "update_failed", "pre_deploy_failed", "canceled", "deactivated"]);

const PROGRESS: Record<string, number> = {
  created: 0.2,
  queued: 0.25,
  build_in_progress: 0.4,
  pre_deploy_in_progress: 0.6,
  update_in_progress: 0.8,
};

export interface DeployPolling {
  pollMs: number;
  timeoutMs: number;
  sleep: Sleep;
}

/** Reads the deploy until it is live; a failed, cancelled or superseded deploy becomes a ProviderError. */
export async function waitUntilLive(
  readDeploy: () => Promise<TRenderDeploy>,
  io: RunIo,
  polling: DeployPolling,
): Promise<TRenderDeploy> {
  const deadline = Date.now() + polling.timeoutMs;
  let last = "";
  for (;;) {
    const deploy = await readDeploy();
    if (deploy.status !== last) {
      io.log(`Render deploy ${deploy.id}: ${deploy.status}`);
      last = deploy.status;
    }
    if (deploy.status === "live") return deploy;
    if (RENDER_FAILED.has(deploy.status)) {
      throw new ProviderError(
        `Render's rollback deploy ${deploy.id} ended ${deploy.status}; the service's events and logs in the Render dashboard say why.`,
        null,
        false,
      );
    }
    io.progress(PROGRESS[deploy.status] ?? 0.5, deploy.status);
    if (Date.now() >= deadline) {
      throw new ProviderError(
        `Render's rollback deploy ${deploy.id} was still ${deploy.status} after ${Math.round(polling.timeoutMs / 1000)} s.`,
        null,
        true,
      );
    }
    await polling.sleep(polling.pollMs, io.signal);
  }
}
