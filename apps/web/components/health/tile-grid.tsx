import type { CheckTileDto } from "@opsdeck/core/check/index";
import { CheckTile } from "./check-tile";

type Props = { tiles: readonly CheckTileDto[]; serviceSlug: string; now: number | null };

/** A service's tiles as a responsive grid. */
export function TileGrid({ tiles, serviceSlug, now }: Props) {
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-4">
      {tiles.map((c) => (
        <CheckTile key={c.id} tile={c} serviceSlug={serviceSlug} now={now} />
      ))}
    </ul>
  );
}
