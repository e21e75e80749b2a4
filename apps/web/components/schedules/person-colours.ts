/**
 * Bar colours for people on a timeline: a tint with near-black text in light mode and a deep shade
 * with white text in dark mode (both well past WCAG AA for the name on the bar), a darker edge, and a
 * swatch for the legend.
 */
export const PALETTE = [
  {
    bar: "bg-sky-200 text-sky-950 border-sky-700 dark:bg-sky-800 dark:text-white dark:border-sky-300",
    swatch: "bg-sky-500",
  },
  {
    bar: "bg-amber-200 text-amber-950 border-amber-700 dark:bg-amber-800 dark:text-white dark:border-amber-300",
    swatch: "bg-amber-500",
  },
  {
    bar: "bg-violet-200 text-violet-950 border-violet-700 dark:bg-violet-800 dark:text-white dark:border-violet-300",
    swatch: "bg-violet-500",
  },
  {
    bar: "bg-emerald-200 text-emerald-950 border-emerald-700 dark:bg-emerald-800 dark:text-white dark:border-emerald-300",
    swatch: "bg-emerald-500",
  },
  {
    bar: "bg-rose-200 text-rose-950 border-rose-700 dark:bg-rose-800 dark:text-white dark:border-rose-300",
    swatch: "bg-rose-500",
  },
  {
    bar: "bg-teal-200 text-teal-950 border-teal-700 dark:bg-teal-800 dark:text-white dark:border-teal-300",
    swatch: "bg-teal-500",
  },
  {
    bar: "bg-orange-200 text-orange-950 border-orange-700 dark:bg-orange-800 dark:text-white dark:border-orange-300",
    swatch: "bg-orange-500",
  },
  {
    bar: "bg-fuchsia-200 text-fuchsia-950 border-fuchsia-700 dark:bg-fuchsia-800 dark:text-white dark:border-fuchsia-300",
    swatch: "bg-fuchsia-500",
  },
] as const;
export type PersonColour = (typeof PALETTE)[number];

/**
 * A colour per email, in the order given (the schedule's members in rotation order, then anyone else
 * on an override): neighbours in the palette differ most, and a member keeps their colour while the
 * schedule's members stay the same, whoever covers a shift.
 */
export function personColours(emails: readonly string[]): Map<string, PersonColour> {
  const out = new Map<string, PersonColour>();
  for (const email of emails) if (!out.has(email)) out.set(email, PALETTE[out.size % PALETTE.length] as PersonColour);
  return out;
}
