import type { ChecklistCadence } from "@opsdeck/db";
import { z } from "zod";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { slugify } from "../service/schemas.ts";
import { parseInput } from "../validate.ts";
import { type FoundItem, MAX_MARKDOWN_CHARS, type SkippedList, findChecklists } from "./import/index.ts";
import { ZTimeZone } from "./schemas.ts";
import { RESERVED_CHECKLIST_SLUGS } from "./template-write.ts";

export const ZImportChecklists = z.object({
  markdown: z
    .string()
    .min(1, "Paste or upload a runbook")
    .max(MAX_MARKDOWN_CHARS, `At most ${MAX_MARKDOWN_CHARS.toLocaleString("en-US")} characters`),
  /** Only show what would be created. */
  dryRun: z.boolean().default(false),
  /** Where the runbook came from, kept on each template, e.g. "operations-runbook.md". */
  source: z.string().trim().max(200).optional(),
  timeZone: ZTimeZone,
  /** Positions (0-based) of the found checklists to create; all of them when absent. */
  only: z.array(z.number().int().min(0).max(49)).max(50).optional(),
});
export type TImportChecklists = z.input<typeof ZImportChecklists>;

export type ImportedChecklistDto = {
  /** Its position among the found checklists, for `only`. */
  index: number;
  name: string;
  slug: string;
  cadence: ChecklistCadence;
  line: number;
  items: FoundItem[];
  /** Whether this import created it (false in a dry run or when left out by `only`). */
  created: boolean;
};

export type ImportResultDto = { dryRun: boolean; checklists: ImportedChecklistDto[]; skipped: SkippedList[] };

const slugWithSuffix = (base: string, n: number) => (n === 1 ? base : `${base.slice(0, 56)}-${n}`);

/**
 * Find the checklists in a runbook and, unless `dryRun`, create them as templates (ADMIN), all in one
 * transaction. Slugs already taken get a numeric suffix; the preview shows the slug each would get.
 */
export async function importChecklists({ db, ctx, input }: ServiceCall<TImportChecklists>): Promise<ImportResultDto> {
  assertRole(ctx, "ADMIN");
  const { markdown, dryRun, source, timeZone, only } = parseInput(ZImportChecklists, input);
  const found = findChecklists(markdown);
  const chosen = new Set(only ?? found.checklists.map((_, i) => i));
  return db.$transaction(async (tx) => {
    const bases = found.checklists.map((c) => slugify(c.name).slice(0, 60) || "checklist");
    const taken = new Set(
      (
        await tx.checklistTemplate.findMany({
          where: { OR: [...new Set(bases)].map((b) => ({ slug: { startsWith: b } })) },
          select: { slug: true },
        })
      ).map((t) => t.slug),
    );
    for (const reserved of RESERVED_CHECKLIST_SLUGS) taken.add(reserved);
    const checklists: ImportedChecklistDto[] = [];
    for (const [index, c] of found.checklists.entries()) {
      const base = bases[index] as string;
      let n = 1;
      while (taken.has(slugWithSuffix(base, n))) n++;
      const slug = slugWithSuffix(base, n);
      taken.add(slug);
      const create = !dryRun && chosen.has(index);
      if (create) {
        const template = await tx.checklistTemplate.create({
          data: {
            slug,
            name: c.name.slice(0, 120),
            cadence: c.cadence,
            timeZone,
            source: source ?? null,
            items: {
              create: c.items.map((item, position) => ({ position, title: item.title, detail: item.detail })),
            },
          },
          select: { id: true },
        });
        await recordAudit(tx, ctx, {
          action: "checklist.import",
          targetType: "checklist",
          targetId: template.id,
          after: { slug, name: c.name, cadence: c.cadence, source: source ?? null, items: c.items.map((i) => i.title) },
        });
      }
      checklists.push({ index, name: c.name, slug, cadence: c.cadence, line: c.line, items: c.items, created: create });
    }
    return { dryRun, checklists, skipped: found.skipped };
  });
}
