import type { ChecklistRunDto } from "@opsdeck/core";

/**
 * Whether a checklist event (`{ slug, runId, version }`) should make the page read its run again:
 * it is about this checklist, and about another run (a new period's, a new pre-deploy run) or a
 * newer version of this one. The page's own answers arrive with their version and are skipped.
 */
export function runEventIsNews(run: ChecklistRunDto | null, slug: string, p: Record<string, unknown>): boolean {
  if (p.slug !== slug) return false;
  if (!run || p.runId !== run.id) return true;
  return typeof p.version !== "number" || p.version > run.version;
}
