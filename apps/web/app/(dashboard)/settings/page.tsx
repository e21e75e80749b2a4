import { listApiTokens, selectableTimeZones } from "@opsdeck/core";
import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokens } from "@/components/forms/account/api-tokens";
import { ChangePasswordForm } from "@/components/forms/account/change-password-form";
import { TimeZoneForm } from "@/components/forms/account/time-zone-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const me = await requireRole("VIEWER");
  const tokens = await listApiTokens({ db: db(), ctx: { actor: me } });
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${me.email} (${me.role.toLowerCase()}).`} />
      <nav aria-label={me.role === "ADMIN" ? "Admin settings" : "Settings pages"} className="mb-6 flex flex-wrap gap-2">
        {me.role === "ADMIN" && (
          <>
            <Link href="/settings/users" className="btn-secondary">
              Users
            </Link>
            <Link href="/settings/notifications" className="btn-secondary">
              Notifications
            </Link>
            <Link href="/settings/response-checklists" className="btn-secondary">
              Response checklists
            </Link>
            <Link href="/settings/audit" className="btn-secondary">
              Audit log
            </Link>
          </>
        )}
        <Link href="/settings/contact" className="btn-secondary">
          Contact methods
        </Link>
        <Link href="/settings/calendar" className="btn-secondary">
          Calendar feeds
        </Link>
        <Link href="/settings/severity-policy" className="btn-secondary">
          Severity policy
        </Link>
        <Link href="/settings/escalation" className="btn-secondary">
          Escalation policies
        </Link>
      </nav>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card p-4">
          <h2 className="mb-1 font-semibold">API tokens</h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Send as <code>Authorization: Bearer …</code> to <code>/api/v1/*</code>; a token acts with your role. See{" "}
            <code>/api/v1/openapi.json</code>.
          </p>
          <ApiTokens tokens={tokens} />
        </section>
        <section className="card p-4">
          <h2 className="mb-3 font-semibold">Change your password</h2>
          <ChangePasswordForm />
        </section>
        <section className="card p-4">
          <h2 className="mb-3 font-semibold">Time zone</h2>
          <TimeZoneForm zones={selectableTimeZones()} />
        </section>
      </div>
    </>
  );
}
