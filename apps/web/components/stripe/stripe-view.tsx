"use client";

import type { StripeMetricsDto } from "@opsdeck/core/stripe-metrics/dto";
import { keepPreviousData } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { RangePicker } from "@/components/health/range-picker";
import { Freshness } from "@/components/overview/freshness";
import { fetchJson } from "@/lib/api/fetch-json";
import { StripeTargetPanels } from "./target-panels";

/** Mirrors core STRIPE_RANGES; kept here so the client bundle does not pull in the schemas. */
const STRIPE_RANGE_CHOICES = ["24h", "7d", "30d", "90d"] as const;

type Props = { initial: StripeMetricsDto; renderedAt: number; liveFrom: number };

/** Every Stripe target's panels, read again whenever the worker has read a target. */
export function StripeView({ initial, renderedAt, liveFrom }: Props) {
  const params = useSearchParams();
  const range = STRIPE_RANGE_CHOICES.find((r) => r === params.get("range")) ?? "24h";
  const q = useLiveQuery({
    queryKey: ["stripe-metrics", range] as const,
    queryFn: () => fetchJson<StripeMetricsDto>(`/api/v1/stripe/metrics?range=${range}`),
    initialData: range === initial.range ? initial : undefined,
    initialDataUpdatedAt: renderedAt,
    placeholderData: keepPreviousData,
    from: liveFrom,
    on: { "stripe.sampled": () => REFETCH },
  });
  const d = q.data ?? initial;
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <RangePicker range={range} ranges={STRIPE_RANGE_CHOICES} />
      </div>
      <Freshness of={q} />
      {d.targets.length === 0 ? (
        <p role="status" data-testid="stripe-no-key" className="card p-4 text-sm text-slate-600 dark:text-slate-400">
          No Stripe key is configured: an admin adds a Stripe target with a restricted key (read access to Events) under{" "}
          <Link href="/actions/targets/new" className="underline">
            Actions → New target
          </Link>
          , and these panels fill in at the worker's next read.
        </p>
      ) : (
        d.targets.map((t) => <StripeTargetPanels key={t.id} target={t} stepSeconds={d.stepSeconds} />)
      )}
    </div>
  );
}
