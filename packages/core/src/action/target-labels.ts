import type { TargetKind } from "@opsdeck/db";

// Plain names and labels of targets, without zod, so browser code can import them.

/** What the credential of each kind is (none for a releases directory). */
export const CREDENTIAL: Record<TargetKind, string | null> = {
  RELEASES: null,
  VERCEL: "Vercel access token",
  RENDER: "Render API key",
  WEBHOOK: "Signing secret",
  POSTGRES: "Connection URL (postgresql://…)",
  STRIPE: "Stripe secret key",
};

/** The Secret row that holds a target's credential. */
export const targetSecretName = (targetId: string): string => `target.${targetId}`;

/**
 * The restart command of a releases-directory target comes from the server's environment, never
 * from a form: OPSDECK_RESTART_<NAME>, the target's name upper-cased with other characters as `_`.
 */
export const restartEnvName = (targetName: string): string =>
  `OPSDECK_RESTART_${targetName
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_|_$/g, "")}`;
