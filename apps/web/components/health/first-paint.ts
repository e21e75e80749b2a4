import { startTransition, useEffect, useState } from "react";

/**
 * The tiles each group shows while only `budget` tiles may be drawn in all, worst groups first: the
 * first groups keep theirs until the budget is spent, later groups show none yet.
 */
export function tilesWithin<T>(groups: readonly (readonly T[])[], budget: number): T[][] {
  let left = Math.max(0, budget);
  return groups.map((tiles) => {
    const shown = tiles.slice(0, left);
    left -= shown.length;
    return shown;
  });
}

/**
 * False for the server's render and the hydration that matches it, true right after: a page of
 * hundreds of tiles sends and hydrates the first few, then draws the rest as an interruptible update.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => startTransition(() => setPainted(true)), []);
  return painted;
}
