import type { MarkerKind } from "@opsdeck/core/marker/dto";

/**
 * The shape on top of a marker's line, its bottom at (x, y): a triangle for an incident, a ring for a
 * resolution, a diamond for a deploy, a square for another action. Drawn in currentColor.
 */
export function MarkerGlyph({ kind, x, y }: { kind: MarkerKind; x: number; y: number }) {
  if (kind === "incident")
    return <polygon points={`${x - 4.5},${y - 9} ${x + 4.5},${y - 9} ${x},${y}`} fill="currentColor" />;
  if (kind === "resolved")
    return <circle cx={x} cy={y - 4.5} r={3.5} fill="none" stroke="currentColor" strokeWidth={1.75} />;
  if (kind === "deploy")
    return <polygon points={`${x},${y - 10} ${x + 5},${y - 5} ${x},${y} ${x - 5},${y - 5}`} fill="currentColor" />;
  return <rect x={x - 3.5} y={y - 8} width={7} height={7} fill="currentColor" />;
}
