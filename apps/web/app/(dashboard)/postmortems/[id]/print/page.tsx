import type { Metadata } from "next";
import { ActionItemList } from "@/components/postmortems/action-item-list";
import { PostmortemDocument } from "@/components/postmortems/postmortem-document";
import { PostmortemHeader } from "@/components/postmortems/postmortem-header";
import { PrintButton } from "@/components/postmortems/print-button";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { loadPostmortem } from "../load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pm = await loadPostmortem((await params).id);
  return { title: `Postmortem #${pm.incident.number} (print)` };
}

/** The document alone, for paper or PDF: the print stylesheet leaves out navigation and buttons. */
export default async function PostmortemPrintPage({ params }: Props) {
  await requireRole("VIEWER");
  const pm = await loadPostmortem((await params).id);
  return (
    <article className="max-w-4xl">
      <div className="flex items-center justify-between gap-2 print:hidden">
        <BackLink href={`/postmortems/${pm.id}`}>Postmortem</BackLink>
        <PrintButton />
      </div>
      <PageHeader title={`Incident: ${pm.title}`} />
      <PostmortemHeader pm={pm} exports={false} />
      <PostmortemDocument pm={pm} />
      <section className="card mt-4 p-4" aria-labelledby="action-items">
        <h2 id="action-items" className="mb-3 font-semibold">
          Action items
        </h2>
        <ActionItemList items={pm.actionItems} />
      </section>
    </article>
  );
}
