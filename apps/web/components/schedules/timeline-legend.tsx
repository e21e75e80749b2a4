import type { UserRefDto } from "@opsdeck/core/schedule/dto";
import type { PersonColour } from "./person-colours";
import { personName } from "./person-name";

/** Who each colour is, and what the override marking and the red line mean. */
export function TimelineLegend({ people, colours }: { people: UserRefDto[]; colours: Map<string, PersonColour> }) {
  return (
    <ul aria-label="Legend" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {people.map((p) => (
        <li key={p.email} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block size-3 rounded-sm ${colours.get(p.email)?.swatch ?? ""}`} />
          {personName(p)}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-3 w-5 rounded-sm border-2 border-dashed border-current" />
        Override
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-3 w-0.5 bg-red-600 dark:bg-red-400" />
        Now
      </li>
    </ul>
  );
}
