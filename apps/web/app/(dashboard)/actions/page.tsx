import { DatabaseBackup, History, RotateCcw, Send } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Actions" };

const PLANNED = [
  { icon: RotateCcw, name: "Roll back a deploy", what: "Point production back at the previous good deployment, then watch the health checks." },
  { icon: DatabaseBackup, name: "Back up the database", what: "Take an on-demand backup before a risky change, on top of the nightly one." },
  { icon: History, name: "Restore a backup", what: "Restore last night's backup or a point in time, into a new database or over the current one." },
  { icon: Send, name: "Replay webhooks", what: "Resend failed deliveries (for example Stripe events) once the cause is fixed." },
];

/** Honest placeholder: the jobs behind these actions do not exist yet, so nothing here can be run. */
export default async function ActionsPage() {
  await requireRole("VIEWER");
  return (
    <>
      <PageHeader title="Actions" description="One-click operations for on-call, each run as an audited job." />
      <section className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200" aria-labelledby="not-yet">
        <h2 id="not-yet" className="mb-1 font-semibold">
          Not available yet
        </h2>
        <p>
          No deploy or backup targets are configured, and the job runner for these actions has not been built. Until then, follow the runbook on each{" "}
          <Link href="/services" className="font-medium underline">
            service's page
          </Link>
          .
        </p>
      </section>
      <h2 className="mb-3 text-lg font-semibold">What this page will hold</h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {PLANNED.map(({ icon: Icon, name, what }) => (
          <li key={name} className="card flex min-w-0 gap-3 p-4">
            <Icon className="mt-0.5 size-5 shrink-0 text-slate-400 dark:text-slate-500" aria-hidden />
            <div className="min-w-0">
              <h3 className="font-medium">{name}</h3>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{what}</p>
            </div>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        Each run will be recorded in the audit log: who started it, against which target, and how it ended.
      </p>
    </>
  );
}
