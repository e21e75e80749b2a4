import { listPostmortems } from "@opsdeck/core";
import type { Metadata } from "next";
import { PostmortemCard } from "@/components/postmortems/postmortem-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Postmortems" };

export default async function PostmortemsPage() {
  const me = await requireRole("VIEWER");
  const postmortems = await listPostmortems({ db: db(), ctx: { actor: me }, input: { limit: 200 } });
  return (
    <>
      <PageHeader title="Postmortems" description="What happened, why, and what we are changing. Newest incident first." />
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
