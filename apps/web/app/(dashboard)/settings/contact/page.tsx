import { contactRoads, listContactMethods } from "@opsdeck/core";
import type { Metadata } from "next";
import Link from "next/link";
import { AddContactForm } from "@/components/forms/contact/add-contact-form";
import { ContactCard } from "@/components/forms/contact/contact-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notifyDeps } from "@/lib/notifications/deps";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Contact methods" };

export default async function ContactMethodsPage() {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const [methods, via] = await Promise.all([
    listContactMethods({ db: db(), ctx, input: { email: me.email }, key: notifyDeps().key }),
    contactRoads(db()),
  ]);
  return (
    <>
      <PageHeader
        title="Contact methods"
        description="How you are paged when you are on call, tried in this order. Send a test to be sure each one reaches you."
      />
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        Mail goes out through {via.email ? `the email channel ${via.email}` : "an email channel"}; a Slack member is
        mentioned in {via.slack ? `the Slack channel ${via.slack}` : "a Slack channel"}.{" "}
        {(!via.email || !via.slack) && (
          <>
            {!via.email && !via.slack ? "Neither is" : `No ${via.email ? "Slack" : "email"} channel is`} set up yet: an
            admin adds one in{" "}
            <Link href="/settings/notifications" className="underline">
              Settings → Notifications
            </Link>
            .
          </>
        )}{" "}
        A webhook receives signed JSON, for a phone-call or SMS bridge.
      </p>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="methods-heading" className="min-w-0">
          <h2 id="methods-heading" className="mb-3 font-semibold">
            Your contact methods
          </h2>
          {methods.length === 0 ? (
            <p className="card p-4 text-sm">You have none yet: nobody can page you. Add one.</p>
          ) : (
            <ol className="space-y-3">
              {methods.map((m, i) => (
                <ContactCard key={m.id} method={m} position={i + 1} />
              ))}
            </ol>
          )}
        </section>
        <section className="card h-fit p-4" aria-labelledby="add-heading">
          <h2 id="add-heading" className="mb-3 font-semibold">
            Add a contact method
          </h2>
          <AddContactForm />
        </section>
      </div>
    </>
  );
}
