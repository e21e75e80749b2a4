import { getPostmortem, NotFoundError, ValidationError } from "@opsdeck/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { PostmortemStatusBadge } from "@/components/badges/status-badges";
import { ActionItemList } from "@/components/postmortems/action-item-list";
import { PostmortemSection } from "@/components/postmortems/postmortem-section";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const SECTIONS = [
  ["summary", "Summary"],
  ["impact", "Impact"],
  ["rootCause", "Root cause"],
  ["timeline", "Timeline"],
  ["whatWentWell", "What went well"],
  ["whatWentWrong", "What went wrong"],
  ["lessonsLearned", "Lessons learned"],
] as const;

const loadPostmortem = cache(async (id: string) => {
  const me = await requireRole("VIEWER");
  try {
    return await getPostmortem({ db: db(), ctx: { actor: me }, input: { id } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pm = await loadPostmortem((await params).id);
  return { title: `Postmortem #${pm.incident.number}` };
}

export default async function PostmortemPage({ params }: Props) {
  await requireRole("VIEWER");
  const pm = await loadPostmortem((await params).id);
  const { incident } = pm;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/postmortems" className="text-slate-500 hover:underline dark:text-slate-400">
          ← Postmortems
        </Link>
      </p>
      <PageHeader title={`Postmortem: #${incident.number} ${incident.title}`} />
      <div className="-mt-3 mb-6 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
        <SeverityBadge severity={incident.severity} long />
        <PostmortemStatusBadge status={pm.status} />
        <Link href={`/incidents/${incident.number}`} className="font-medium text-emerald-700 hover:underline dark:text-emerald-400">
          Incident #{incident.number}
        </Link>
        <span>
          Detected <Time iso={incident.detectedAt} />
        </span>
        <span>
          {incident.resolvedAt ? (
            <>
              Resolved <Time iso={incident.resolvedAt} />
            </>
          ) : (
            "Not resolved"
          )}
        </span>
      </div>
      <div className="grid max-w-4xl gap-4">
        {SECTIONS.map(([key, title]) => (
          <PostmortemSection key={key} id={key} title={title} text={pm[key]} />
        ))}
      </div>
      <section className="card mt-6 min-w-0 max-w-4xl p-4" aria-labelledby="action-items">
        <h2 id="action-items" className="mb-3 font-semibold">
          Action items
        </h2>
        <ActionItemList items={pm.actionItems} />
      </section>
    </>
  );
}
