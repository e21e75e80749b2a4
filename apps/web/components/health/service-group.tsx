"use client";

import type { ServiceTilesDto } from "@opsdeck/core/check/index";
import Link from "next/link";
import { useMemo, useState } from "react";
import { needsALook, worstHours } from "@/lib/health/fold";
import { CheckTile } from "./check-tile";
import { StateBadge } from "./state-badge";
import { UptimeBar } from "./uptime-bar";

type Props = { service: ServiceTilesDto; now: number | null; folded: boolean };

/**
 * A service's checks as a grid of compact tiles, headed by the worst state among them. Folded (on a
 * crowded panel) it shows only the checks that need a look, and for the rest its worst check's hourly
 * uptime, until opened.
 */
export function ServiceGroup({ service: s, now, folded }: Props) {
  const [opened, setOpened] = useState(false);
  const up = s.checks.filter((c) => c.state === "UP").length;
  const open = !folded || opened;
  const tiles = useMemo(() => (open ? s.checks : needsALook(s.checks)), [open, s.checks]);
  const worst = useMemo(() => (open ? [] : worstHours(s)), [open, s]);
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
        {folded && up > 0 && (
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpened(!opened)}
            className="text-xs font-normal text-sky-700 hover:underline dark:text-sky-400"
          >
            {open ? "Hide checks that are up" : `Show all ${s.checks.length} checks`}
          </button>
        )}
      </h3>
      {!open && (
        <div className={`card px-2.5 py-2 ${tiles.length ? "mb-2" : ""}`}>
          <UptimeBar hours={worst} what="Worst check's uptime" />
        </div>
      )}
      {tiles.length > 0 && (
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-4">
          {tiles.map((c) => (
            <CheckTile key={c.id} tile={c} serviceSlug={s.slug} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
