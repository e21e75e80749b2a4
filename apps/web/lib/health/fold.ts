/** Above this many checks on screen, services fold: all-UP ones to one line, others to their problem checks. */
export const FOLD_ABOVE = 60;

/** How many checks a list of service groups holds. */
export const countChecks = (services: readonly { checks: readonly unknown[] }[]): number => services.reduce((n, s) => n + s.checks.length, 0);

type Group = { checks: readonly { state: string; uptimeBar: readonly (number | null)[] }[] };

/** Whether a crowded panel folds this group: shown in full below the threshold, and when empty. */
export function startsFolded(group: Group, checksShown: number, foldAbove = FOLD_ABOVE): boolean {
  return checksShown > foldAbove && group.checks.length > 0;
}

/** What a folded group still shows as tiles: the checks that are not UP (none for a healthy service). */
export function needsALook<C extends { state: string }>(checks: readonly C[]): C[] {
  return checks.filter((c) => c.state !== "UP");
}

/** The worst check's up fraction per hour (null where none ran), so a folded service hides no bad hour. */
export function worstHours(group: Group): (number | null)[] {
  const length = Math.max(0, ...group.checks.map((c) => c.uptimeBar.length));
  return Array.from({ length }, (_, i) => {
    let worst: number | null = null;
    for (const c of group.checks) {
      const v = c.uptimeBar[i];
      if (v !== null && v !== undefined && (worst === null || v < worst)) worst = v;
    }
    return worst;
  });
}

type Tiles = { services: { checks: { state: string; sparkline: readonly (number | null)[] }[] }[] };

/**
 * The first render's copy of a crowded panel: folded UP checks are not drawn, so their sparklines are
 * left out of the page (about half its weight); the client fetches the full data right after.
 * Returns whether anything was left out.
 */
export function leaveOutHiddenSparklines<T extends Tiles>(tiles: T, foldAbove = FOLD_ABOVE): { tiles: T; partial: boolean } {
  if (countChecks(tiles.services) <= foldAbove) return { tiles, partial: false };
  return {
    tiles: { ...tiles, services: tiles.services.map((s) => ({ ...s, checks: s.checks.map((c) => (c.state === "UP" ? { ...c, sparkline: [] } : c)) })) },
    partial: true,
  };
}
