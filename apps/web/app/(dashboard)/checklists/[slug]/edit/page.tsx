import { getChecklistTemplate, listUserRefs, NotFoundError, selectableTimeZones, ValidationError } from "@opsdeck/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArchiveForm } from "@/components/forms/checklist/archive-form";
import { TemplateForm } from "@/components/forms/checklist/template-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const loadTemplate = cache(async (slug: string) => {
  const me = await requireRole("ADMIN");
  try {
    return await getChecklistTemplate({ db: db(), ctx: { actor: me }, input: { slug } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await loadTemplate((await params).slug)).name}` };
}

export default async function EditChecklistPage({ params }: Props) {
  const me = await requireRole("ADMIN");
  const template = await loadTemplate((await params).slug);
  const people = await listUserRefs({ db: db(), ctx: { actor: me }, minRole: "RESPONDER" });
  return (
    <>
      <BackLink href={`/checklists/${template.slug}`}>{template.name}</BackLink>
      <PageHeader
        title={`Edit ${template.name}`}
        description={template.source ? `Imported from ${template.source}.` : undefined}
      />
      {template.archivedAt && (
        <p className="mb-4 max-w-3xl rounded-md border border-slate-300 bg-slate-100 p-3 text-sm dark:border-slate-700 dark:bg-slate-800/60">
          Archived <Time iso={template.archivedAt} />: it gets no new runs.
        </p>
      )}
      <section className="card max-w-3xl p-4">
        <TemplateForm
          key={template.updatedAt}
          template={template}
          people={people}
          zones={selectableTimeZones()}
          defaultTimeZone={template.timeZone}
        />
      </section>
      <section className="card mt-6 max-w-3xl p-4" aria-labelledby="archive-heading">
        <h2 id="archive-heading" className="mb-2 font-semibold">
          {template.archivedAt ? "Restore" : "Archive"}
        </h2>
        <ArchiveForm
          key={template.updatedAt}
          slug={template.slug}
          name={template.name}
          archived={template.archivedAt !== null}
        />
      </section>
    </>
  );
}
