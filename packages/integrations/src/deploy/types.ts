import type { RunIo } from "../run-io.ts";

/** One deployment of a deploy target, as a responder needs to see it before rolling back. */
export interface Deployment {
  /** The provider's id (Vercel deployment id, Render deploy id, release directory name). */
  id: string;
  commit: string | null;
  message: string | null;
  author: string | null;
  /** ISO 8601. */
  createdAt: string;
  /** The provider's own state word (READY, live, build_failed…), shown as is. */
  state: string;
  /** Serving production traffic now. */
  live: boolean;
  url: string | null;
}

export interface RollbackResult {
  from: Deployment | null;
  to: Deployment;
  /** Things the responder must know after it worked (e.g. "auto-assignment of production domains is now off: promote to resume"). */
  notes: string[];
}

/**
 * A place code is deployed to. Every provider implements the same four verbs; the worker calls
 * them inside an action run, the web only lists.
 */
export interface DeployProvider {
  readonly kind: "vercel" | "render" | "releases" | "webhook";
  /** Recent deployments, newest first, at most `limit`. */
  list(opts?: { limit?: number; signal?: AbortSignal }): Promise<Deployment[]>;
  /** The deployment serving production now, or null when none is. */
  current(opts?: { signal?: AbortSignal }): Promise<Deployment | null>;
  /** Make `deploymentId` the live one and wait until it is (or failed): logs and progress go to `io`. */
  rollback(deploymentId: string, io: RunIo): Promise<RollbackResult>;
}

/** A provider refused or failed: `message` is what the responder reads; `status` the HTTP status when there was one. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    readonly retryable = false,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}
