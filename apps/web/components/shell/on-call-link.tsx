"use client";

import type { OnCallDto } from "@opsdeck/core/schedule/on-call";
import { PhoneCall } from "lucide-react";
import { personName } from "@/components/schedules/person-name";
import { useOnCall } from "@/components/schedules/use-on-call";
import { IntentLink } from "@/components/ui/intent-link";

type Props = { initial: OnCallDto[]; renderedAt: number; onNavigate?: () => void };

/** "On call · primary / Ana Berg" for the first schedule, "+N more" for the others, linking to them. */
export function OnCallLink({ initial, renderedAt, onNavigate }: Props) {
  const all = useOnCall(initial, renderedAt);
  const first = all[0];
  if (!first) return null;
  const layer = first.layers.find((l) => l.user) ?? first.layers[0];
  const more = all.length - 1;
  return (
    <IntentLink
      href={more > 0 ? "/schedules" : `/schedules/${first.id}`}
      onClick={onNavigate}
      data-testid="on-call-now"
      className="flex min-w-0 items-center gap-2 rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <PhoneCall className="size-4 shrink-0" aria-hidden />
      <span className="flex min-w-0 items-baseline gap-1.5 lg:block">
        <span className="block shrink-0 text-xs text-slate-600 dark:text-slate-400">
          On call{layer ? ` · ${layer.name}` : ""}
          {more > 0 && ` · +${more} more`}
        </span>
        <span className="block truncate font-medium text-slate-900 dark:text-white">
          {personName(layer?.user ?? null)}
        </span>
      </span>
    </IntentLink>
  );
}
