"use client";

import type { CheckTileDto } from "@opsdeck/core/check/index";
import type { CheckState } from "@opsdeck/db";
import { useState } from "react";
import { ServiceTiles } from "./service-tiles";
import { StateBadge } from "./state-badge";
import { TileGrid } from "./tile-grid";
import { IntentLink } from "@/components/ui/intent-link";

export type ServiceHead = { id: string; slug: string; name: string; state: CheckState; total: number; up: number };

type Props = {
  service: ServiceHead;
  /** The tiles shown while folded: its checks that need a look (all of them when `folded` is false). */
  tiles: readonly CheckTileDto[];
  folded: boolean;
  now: number | null;
};

/**
 * A service headed by the worst state among its checks. Folded, it shows only the checks that need a
 * look; opening it reads all of its tiles (one read of that service).
 */
export function ServiceGroup({ service: s, tiles, folded, now }: Props) {
  const [opened, setOpened] = useState(false);
  const open = folded && opened;
  return (
    <section className="min-w-0" aria-label={`${s.name} checks`}>
      <h3 className="mb-2 flex min-w-0 flex-wrap items-center gap-2 text-sm font-semibold">
        <IntentLink href={`/services/${s.slug}`} className="min-w-0 truncate hover:underline">
          {s.name}
        </IntentLink>
        <StateBadge state={s.state} />
        <span className="text-xs font-normal text-slate-600 dark:text-slate-400">
          {s.up} of {s.total} up
        </span>
        {folded && s.up > 0 && (
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpened(!opened)}
            className="text-xs font-normal text-sky-700 hover:underline dark:text-sky-400"
          >
            {open ? "Hide checks that are up" : `Show all ${s.total} checks`}
          </button>
        )}
      </h3>
      {open ? (
        <ServiceTiles serviceId={s.id} slug={s.slug} now={now} />
      ) : (
        tiles.length > 0 && <TileGrid tiles={tiles} serviceSlug={s.slug} now={now} />
      )}
    </section>
  );
}
