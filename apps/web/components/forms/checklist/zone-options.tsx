/** The zones to choose from, UTC first; a stored zone missing from the list stays selectable. */
export function ZoneOptions({ zones, current }: { zones: string[]; current: string }) {
  return (zones.includes(current) ? zones : [current, ...zones]).map((z) => (
    <option key={z} value={z}>
      {z}
    </option>
  ));
}
