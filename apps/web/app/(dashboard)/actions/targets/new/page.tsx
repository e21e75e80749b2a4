import { listServices } from "@opsdeck/core";
import type { Metadata } from "next";
import { TargetForm } from "@/components/forms/target/target-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add target" };

export default async function NewTargetPage() {
  const me = await requireRole("ADMIN");
  const services = await listServices({ db: db(), ctx: { actor: me } });
  return (
    <>
      <BackLink href="/actions">Actions</BackLink>
      <PageHeader
        title="Add target"
        description="Where one-click actions act: a deploy to roll back, a database to back up, a Stripe account to replay."
      />
      <section className="card max-w-3xl p-4">
        <TargetForm services={services.map((s) => ({ id: s.id, name: s.name }))} />
      </section>
    </>
  );
}
