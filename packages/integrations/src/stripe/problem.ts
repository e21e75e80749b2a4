import type Stripe from "stripe";

export const STRIPE_PROBLEM_CODES = [
  "NO_KEY",
  "INVALID_KEY",
  "PERMISSION_DENIED",
  "RATE_LIMITED",
  "UNREACHABLE",
  "STRIPE_ERROR",
] as const;
export type StripeProblemCode = (typeof STRIPE_PROBLEM_CODES)[number];

/** Why a Stripe panel has no fresh data: a code to branch on and a sentence an operator can act on. */
export type StripeProblem = { code: StripeProblemCode; message: string };

const detail = (err: Stripe.errors.StripeError) => err.message.replace(/\.$/, "");

/**
 * Turn an error of the `stripe` package into a problem naming where Stripe was asked; `E` is the
 * package's `Stripe.errors` (passed in, as the package is loaded only by the code that calls Stripe).
 */
export function stripeProblemOf(err: unknown, where: string, E: typeof Stripe.errors): StripeProblem {
  if (err instanceof E.StripeAuthenticationError)
    return {
      code: "INVALID_KEY",
      message: `Stripe refused the key (401): ${detail(err)}. Set a valid restricted key on the target.`,
    };
  if (err instanceof E.StripePermissionError)
    return {
      code: "PERMISSION_DENIED",
      message: `The restricted key may not read events (403): ${detail(err)}. Give it read access to Events.`,
    };
  if (err instanceof E.StripeRateLimitError)
    return {
      code: "RATE_LIMITED",
      message: `Stripe rate-limited every retry (429): ${detail(err)}. The next read tries again.`,
    };
  if (err instanceof E.StripeConnectionError)
    return { code: "UNREACHABLE", message: `Could not reach Stripe at ${where}: ${detail(err)}` };
  if (err instanceof E.StripeError)
    return { code: "STRIPE_ERROR", message: `Stripe answered ${err.statusCode ?? "an error"}: ${detail(err)}` };
  return {
    code: "UNREACHABLE",
    message: `Could not talk to Stripe at ${where}: ${err instanceof Error ? err.message : String(err)}`,
  };
}
