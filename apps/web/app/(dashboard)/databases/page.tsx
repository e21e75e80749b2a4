import { listDatabases } from "@opsdeck/core";
import type { Metadata } from "next";
import { DatabaseCard } from "@/components/databases/database-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Databases" };

export default async function DatabasesPage() {
  const me = await requireRole("VIEWER");
  const databases = await listDatabases({ db: db(), ctx: { actor: me } });
  return (
    <>
      <PageHeader
        title="Databases"
        description="PostgreSQL insights of every database a postgres check or a Postgres target connects to."
      />
      {databases.length === 0 ? (
        <p className="card p-4 text-sm text-slate-500 dark:text-slate-400">
          No database is monitored yet: add a postgres check to a service, or a Postgres target under Actions.
        </p>
      ) : (
        <ul className="grid min-w-0 gap-3 md:grid-cols-2">
          {databases.map((d) => (
            <DatabaseCard key={d.id} d={d} />
          ))}
        </ul>
      )}
    </>
  );
}
