import type { CheckTileDto } from "@opsdeck/core/check/index";
import { formatStamp } from "@opsdeck/core/time/format";
import { memo } from "react";
import { useWatchChecks } from "@/components/live/use-live-query";
import { useTimeZone } from "@/components/shell/time-zone";
import { agoText } from "./format";
import { Sparkline } from "./sparkline";
import { CheckStateBadge, checkBorder } from "./state-badge";
import { UptimeBar } from "./uptime-bar";
import { IntentLink } from "@/components/ui/intent-link";

type Props = { tile: CheckTileDto; serviceSlug: string; now: number | null };

/** One check: state in words, when it last ran (or that it stopped running), 24 h uptime and the last hour's latency. */
export const CheckTile = memo(function CheckTile({ tile: t, serviceSlug, now }: Props) {
  useWatchChecks([t.id]);
  const zone = useTimeZone();
  return (
    <li
      data-testid="check-tile"
      data-check-name={t.name}
      data-state={t.state}
      data-stale={t.stale}
      className={`card flex min-w-0 flex-col gap-1.5 border-l-4 p-2.5 ${checkBorder(t.state, t.stale)}`}
    >
      <div className="flex min-w-0 items-center justify-between gap-2">
        <IntentLink
          href={`/services/${serviceSlug}`}
          className="min-w-0 truncate text-sm font-medium hover:underline"
          title={t.name}
        >
          {t.name}
        </IntentLink>
        <CheckStateBadge state={t.state} stale={t.stale} />
      </div>
      <p className="flex min-w-0 flex-wrap items-center gap-x-2 text-xs text-slate-600 dark:text-slate-400">
        <span>{t.kind}</span>
        {t.lastCheckedAt ? (
          <time dateTime={t.lastCheckedAt} title={formatStamp(t.lastCheckedAt, zone, { seconds: true })}>
            checked {agoText(t.lastCheckedAt, now, zone)}
          </time>
        ) : (
          <span>not checked yet</span>
        )}
        {t.lastLatencyMs !== null && t.kind !== "HEARTBEAT" && (
          <span className="tabular-nums">{t.lastLatencyMs} ms</span>
        )}
      </p>
      {t.state !== "UP" && t.lastMessage && (
        <p className="truncate text-xs text-slate-700 dark:text-slate-300" title={t.lastMessage}>
          {t.lastMessage}
        </p>
      )}
      <UptimeBar hours={t.uptimeBar} />
      <Sparkline points={t.sparkline} label={`Latency of ${t.name} over the last hour`} />
    </li>
  );
});
