import type { TargetKind } from "@opsdeck/db";
import type { Deployment } from "@opsdeck/integrations";

export const TARGET_KIND_LABEL: Record<TargetKind, string> = {
  RELEASES: "Releases directory",
  VERCEL: "Vercel",
  RENDER: "Render",
  WEBHOOK: "Deploy webhook",
  POSTGRES: "PostgreSQL",
  STRIPE: "Stripe",
};

type Person = { name: string | null; email: string } | null;
export const personName = (p: Person, none = "the system"): string => (p ? (p.name ?? p.email) : none);

export const shortSha = (commit: string | null): string | null => (commit ? commit.slice(0, 7) : null);

/** "20260101120000 (abc1234)": how a deployment is named in a from → to line. */
export const deploymentLabel = (d: Deployment | null): string =>
  d ? `${d.id}${d.commit ? ` (${shortSha(d.commit)})` : ""}` : "nothing live";

export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return "—";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}

export const formatCount = (n: number): string => n.toLocaleString("en");

/** The deployment a "Roll back to previous" makes live: the newest one older than the live one. */
export function previousDeployment(deployments: Deployment[]): Deployment | null {
  const liveAt = deployments.findIndex((d) => d.live);
  return deployments.slice(liveAt + 1).find((d) => !d.live) ?? null;
}
