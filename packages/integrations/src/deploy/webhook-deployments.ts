import type { Deployment } from "./types.ts";
import { ProviderError } from "./types.ts";
import { answerSnippet, isRetryableStatus, sendSigned } from "./webhook-request.ts";
import { describeIssues, ZWebhookDeployments } from "./webhook-schemas.ts";

const MAX_LIST_BYTES = 1024 * 1024;

export interface DeploymentsSource {
  deploymentsUrl: string;
  secret: string;
  timeoutMs: number;
}

/** GETs the team's deployments URL (signed like the webhook) and checks it is `{ deployments: Deployment[] }`. */
export async function fetchDeployments(source: DeploymentsSource, signal?: AbortSignal): Promise<Deployment[]> {
  const what = "the deployments URL";
  const res = await sendSigned({
    method: "GET",
    url: source.deploymentsUrl,
    body: "",
    secret: source.secret,
    timeoutMs: source.timeoutMs,
    signal,
    what,
    maxBodyBytes: MAX_LIST_BYTES,
  });
  if (res.status < 200 || res.status > 299) {
    throw new ProviderError(
      `The deployments URL answered ${res.status}: ${answerSnippet(res.text)}`,
      res.status,
      isRetryableStatus(res.status),
    );
  }
  if (res.truncated) throw new ProviderError("The deployments URL answered more than 1 MB.", res.status);
  let json: unknown;
  try {
    json = JSON.parse(res.text);
  } catch {
    throw new ProviderError(`The deployments URL did not answer JSON: ${answerSnippet(res.text)}`, res.status);
  }
  const parsed = ZWebhookDeployments.safeParse(json);
  if (!parsed.success) {
    throw new ProviderError(
      `The deployments URL answered JSON that is not { deployments: Deployment[] }: ${describeIssues(parsed.error)}`,
      res.status,
    );
  }
  // Newest first whatever order the receiver chose; equal times keep its order.
  return [...parsed.data.deployments].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
