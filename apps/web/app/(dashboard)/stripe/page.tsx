import { getStripeMetrics } from "@opsdeck/core";
import { STRIPE_RANGES } from "@opsdeck/core/stripe-metrics/schemas";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { StripeView } from "@/components/stripe/stripe-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Stripe" };

type Props = { searchParams?: Promise<{ range?: string | string[] }> };

export default async function StripePage({ searchParams }: Props) {
  const me = await requireRole("VIEWER");
  const raw = (await searchParams)?.range;
  const range = STRIPE_RANGES.find((r) => r === (Array.isArray(raw) ? raw[0] : raw)) ?? "24h";
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const now = new Date();
  const data = await getStripeMetrics({ db: db(), ctx: { actor: me }, input: { range }, now });
  return (
    <>
      <PageHeader
        title="Stripe"
        description="Charges, revenue and failed webhook deliveries per hour of each Stripe target, read by the worker with the target's restricted key."
      />
      <StripeView initial={data} renderedAt={now.getTime()} liveFrom={liveFrom} />
    </>
  );
}
