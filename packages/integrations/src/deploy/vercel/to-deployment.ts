import type { Deployment } from "../types.ts";
import type { TVercelDeployment, TVercelListItem } from "./schemas.ts";

type Meta = Record<string, string | undefined> | undefined;

/** Git details Vercel stores in `meta` for GitHub, GitLab and Bitbucket deployments. */
export function commitFromMeta(meta: Meta): Pick<Deployment, "commit" | "message" | "author"> {
  for (const provider of ["github", "gitlab", "bitbucket"]) {
    const sha = meta?.[`${provider}CommitSha`];
    if (sha) {
      return {
        commit: sha,
        message: meta?.[`${provider}CommitMessage`] ?? null,
        author: meta?.[`${provider}CommitAuthorName`] ?? meta?.[`${provider}CommitAuthorLogin`] ?? null,
      };
    }
  }
  return { commit: null, message: null, author: null };
}

const https = (url: string | null | undefined) => (url ? (url.startsWith("http") ? url : `https://${url}`) : null);

export function fromListItem(d: TVercelListItem, liveId: string | null): Deployment {
  return {
    id: d.uid,
    ...commitFromMeta(d.meta),
    createdAt: new Date(d.created).toISOString(),
    state: d.state ?? d.readyState ?? "UNKNOWN",
    live: d.uid === liveId,
    url: https(d.url),
  };
}

export function fromDeployment(d: TVercelDeployment, liveId: string | null): Deployment {
  return {
    id: d.id,
    ...commitFromMeta(d.meta),
    createdAt: new Date(d.createdAt).toISOString(),
    state: d.readyState ?? "UNKNOWN",
    live: d.id === liveId,
    url: https(d.url),
  };
}
