import type { ServiceTilesDto } from "@opsdeck/core/check/index";
import Link from "next/link";
import { CheckTile } from "./check-tile";
import { StateBadge } from "./state-badge";

/** A service's checks as a grid of compact tiles, headed by the worst state among them. */
export function ServiceGroup({ service: s, now }: { service: ServiceTilesDto; now: number | null }) {
  const up = s.checks.filter((c) => c.state === "UP").length;
  return (
    <section className="min-w-0" aria-label={`${s.name} checks`}>
      <h3 className="mb-2 flex min-w-0 flex-wrap items-center gap-2 text-sm font-semibold">
        <Link href={`/services/${s.slug}`} className="min-w-0 truncate hover:underline">
          {s.name}
        </Link>
        <StateBadge state={s.state} />
        <span className="text-xs font-normal text-slate-500 dark:text-slate-400">
          {up} of {s.checks.length} up
        </span>
      </h3>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-4">
        {s.checks.map((c) => (
          <CheckTile key={c.id} tile={c} serviceSlug={s.slug} now={now} />
        ))}
      </ul>
    </section>
  );
}
