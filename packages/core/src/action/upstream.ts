import { ProviderError } from "@opsdeck/integrations";
import { UpstreamError } from "../errors.ts";

/**
 * Call a provider (Vercel, Render, Stripe, a webhook) with a deadline: its refusal, or its silence
 * past the deadline, becomes an UpstreamError with the provider's message (a 502, not a 500).
 */
export async function fromProvider<T>(
  what: string,
  call: (signal: AbortSignal) => Promise<T>,
  timeoutMs = 15_000,
): Promise<T> {
  try {
    return await call(AbortSignal.timeout(timeoutMs));
  } catch (err) {
    if (err instanceof ProviderError) throw new UpstreamError(err.message);
    if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError"))
      throw new UpstreamError(`${what} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    throw err;
  }
}
