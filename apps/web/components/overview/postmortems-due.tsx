import type { DuePostmortemDto } from "@opsdeck/core";
import { DueList } from "@/components/postmortems/due-list";
import { IntentLink } from "@/components/ui/intent-link";

/** Postmortems the severity policy asks for, due or overdue and not yet published; nothing when none are. */
export function PostmortemsDue({ items }: { items: DuePostmortemDto[] }) {
  if (items.length === 0) return null;
  const overdue = items.filter((d) => d.due === "overdue").length;
  return (
    <section
      aria-label="Postmortems due"
      className={`card mb-6 p-4 ${overdue ? "border-red-300 dark:border-red-500/40" : "border-amber-300 dark:border-amber-500/40"}`}
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">
          Postmortems due: {items.length}
          {overdue > 0 && <span className="text-red-700 dark:text-red-400"> ({overdue} overdue)</span>}
        </h2>
        <IntentLink
          href="/postmortems"
          className="text-sm font-medium text-emerald-700 hover:underline dark:text-emerald-400"
        >
          All postmortems →
        </IntentLink>
      </div>
      <DueList items={items} />
    </section>
  );
}
