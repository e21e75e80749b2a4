"use client";

import type { StripeTargetMetricsDto } from "@opsdeck/core/stripe-metrics/dto";
import Link from "next/link";
import { TrendChart } from "@/components/charts/trend-chart";
import { ProblemNote } from "@/components/databases/panel";
import { Time } from "@/components/ui/time";

type Props = { target: StripeTargetMetricsDto; stepSeconds: number };

const whole = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
const money = (v: number) => v.toLocaleString(undefined, { maximumFractionDigits: 2 });

function ChartCard({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="card min-w-0 p-4" aria-labelledby={id} data-testid={id}>
      <h3 id={id} className="mb-3 font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** One Stripe target: its problem if any (the charts keep what was read before), then its four charts. */
export function StripeTargetPanels({ target: t, stepSeconds }: Props) {
  const per = stepSeconds > 3600 ? "per hour (average of each bucket)" : "per hour";
  const c = t.charts;
  // Stripe events concern the target's service when it has one, else everything.
  const markers = { service: t.service?.slug ?? null };
  const empty =
    t.problem?.code === "NO_KEY" ? "No key configured: nothing read yet." : "Nothing read in this range yet.";
  return (
    <section className="flex min-w-0 flex-col gap-3" aria-labelledby={`stripe-${t.id}`} data-testid="stripe-target">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`stripe-${t.id}`} className="text-lg font-semibold">
          <Link href={`/actions/targets/${t.id}`} className="hover:underline">
            {t.name}
          </Link>
          {t.service && (
            <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">{t.service.name}</span>
          )}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t.sampledAt ? (
            <>
              Last read <Time iso={t.sampledAt} as="seconds" />
            </>
          ) : (
            "Not read yet"
          )}
        </p>
      </div>
      {t.problem && <ProblemNote problem={t.problem} />}
      <div className="grid min-w-0 gap-4 lg:grid-cols-2">
        <ChartCard id={`charges-${t.id}`} title={`Charges ${per}`}>
          <TrendChart
            series={[c.chargesSucceeded, c.chargesFailed]}
            markers={markers}
            colors={{ succeeded: "#059669", failed: "#dc2626" }}
            stepSeconds={stepSeconds}
            label={`Charges succeeded and failed ${per}`}
            format={whole}
            empty={empty}
          />
        </ChartCard>
        <ChartCard
          id={`revenue-${t.id}`}
          title={`Revenue ${per}${c.revenue.length ? ` · ${c.revenue.map((r) => r.label).join(", ")}` : ""}`}
        >
          <TrendChart
            series={c.revenue}
            markers={markers}
            stepSeconds={stepSeconds}
            label={`Revenue ${per}, per currency`}
            format={money}
            empty={
              c.chargesSucceeded.points.some((p) => p.value !== null) ? "No succeeded charge in this range." : empty
            }
          />
        </ChartCard>
        <ChartCard id={`webhooks-${t.id}`} title={`Failed webhook deliveries ${per}`}>
          <TrendChart
            series={[c.webhookFailures]}
            markers={markers}
            colors={{ "failed deliveries": "#d97706" }}
            stepSeconds={stepSeconds}
            label={`Events whose webhook delivery failed ${per}`}
            format={whole}
            empty={empty}
          />
        </ChartCard>
      </div>
    </section>
  );
}
