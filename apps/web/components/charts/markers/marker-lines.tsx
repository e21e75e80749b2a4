import type { MarkerDto } from "@opsdeck/core/marker/dto";
import { ReferenceLine } from "recharts";
import { MarkerGlyph } from "./glyph";
import { MARKER_STYLE } from "./styles";

type LabelBox = { viewBox?: { x?: number; y?: number } };

/** The kind's shape above a marker's line, with the event in its hover title. */
function glyph(m: MarkerDto) {
  return ({ viewBox }: LabelBox) => (
    <g>
      <title>{m.label}</title>
      <MarkerGlyph kind={m.kind} x={viewBox?.x ?? 0} y={(viewBox?.y ?? 0) - 1} />
    </g>
  );
}

/**
 * One vertical line per event, for a recharts chart's children (recharts reads them as its own, so
 * this is a function, not a component). A marker just past the last bucket widens the axis to show it.
 */
export const markerLines = (markers: readonly MarkerDto[]) =>
  markers.map((m) => {
    const s = MARKER_STYLE[m.kind];
    return (
      <ReferenceLine
        key={m.id}
        x={Date.parse(m.at)}
        stroke="currentColor"
        strokeWidth={1.5}
        strokeDasharray={s.dash || undefined}
        className={s.color}
        ifOverflow="extendDomain"
        label={glyph(m)}
      />
    );
  });
