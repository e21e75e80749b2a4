import { listDuePostmortems, listPostmortems, listSeverityPolicy } from "@opsdeck/core";
import { postmortemRuleText } from "@opsdeck/core/postmortem/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { DueList } from "@/components/postmortems/due-list";
import { PostmortemCard } from "@/components/postmortems/postmortem-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Postmortems" };

export default async function PostmortemsPage() {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const now = new Date();
  const [postmortems, due, policy] = await Promise.all([
    listPostmortems({ db: db(), ctx, input: { limit: 200 }, now }),
    listDuePostmortems({ db: db(), ctx, now }),
    listSeverityPolicy({ db: db(), ctx }),
  ]);
  const rule = postmortemRuleText(policy);
  return (
    <>
      <PageHeader
        title="Postmortems"
        description="What happened, why, and what we are changing. Newest incident first."
        actions={
          <Link href="/postmortems/action-items" className="btn-secondary">
            Action items
          </Link>
        }
      />
      {due.length > 0 && (
        <section className="card mb-6 p-4" aria-labelledby="due">
          <h2 id="due" className="mb-3 font-semibold">
            {rule ? `Due: ${rule}` : "Due"}
          </h2>
          <DueList items={due} />
        </section>
      )}
      {postmortems.length === 0 ? (
        <p className="card p-6 text-center text-sm text-slate-500 dark:text-slate-400">No postmortems written yet.</p>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {postmortems.map((p) => (
            <PostmortemCard key={p.id} postmortem={p} />
          ))}
        </ul>
      )}
    </>
  );
}
