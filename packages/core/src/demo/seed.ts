import type { Db, Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { seedAlertRules } from "./alert-rules.ts";
import { type AnyCtx, systemCtx } from "../roles.ts";
import { seedChecklistHistory } from "./checklist-history.ts";
import { DEMO_CHECKLISTS } from "./checklists.ts";
import { seedIncidents } from "./seed-incidents.ts";
import { seedOnCall } from "./schedules.ts";
import { seedEscalationPolicies } from "./escalation.ts";
import { seedPageHistory } from "./pages.ts";
import { DEMO_SERVICES } from "./services.ts";

export type Tx = Prisma.TransactionClient;

export type SeedDemoCounts = {
  services: number;
  checklistTemplates: number;
  checklistItems: number;
  checklistRuns: number;
  checklistItemResults: number;
  incidents: number;
  incidentEvents: number;
  responseSteps: number;
  postmortems: number;
  actionItems: number;
  alertRules: number;
  users: number;
  schedules: number;
  escalationPolicies: number;
  incidentPages: number;
};

export type SeedDemoResult = { seeded: true; counts: SeedDemoCounts } | { seeded: false; reason: string };

async function existingData(tx: Tx): Promise<string | null> {
  const counts = await Promise.all([
    tx.service.count().then((n) => [n, "service"] as const),
    tx.incident.count().then((n) => [n, "incident"] as const),
    tx.checklistTemplate.count().then((n) => [n, "checklist"] as const),
    tx.user.count().then((n) => [n, "user"] as const),
  ]);
  const found = counts.filter(([n]) => n > 0).map(([n, noun]) => `${n} ${noun}${n === 1 ? "" : "s"}`);
  return found.length ? found.join(", ") : null;
}

async function seedServices(tx: Tx, counts: SeedDemoCounts): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const s of DEMO_SERVICES) {
    const existing = await tx.service.findUnique({ where: { slug: s.slug }, select: { id: true } });
    if (existing) {
      ids.set(s.slug, existing.id);
      continue;
    }
    const created = await tx.service.create({ data: s, select: { id: true } });
    ids.set(s.slug, created.id);
    counts.services++;
  }
  return ids;
}

async function seedChecklists(tx: Tx, now: Date, counts: SeedDemoCounts): Promise<void> {
  for (const { items, ...template } of DEMO_CHECKLISTS) {
    if (await tx.checklistTemplate.findUnique({ where: { slug: template.slug }, select: { id: true } })) continue;
    const created = await tx.checklistTemplate.create({
      data: { ...template, items: { create: items.map((item, position) => ({ ...item, position })) } },
      include: { items: { orderBy: { position: "asc" } } },
    });
    counts.checklistTemplates++;
    counts.checklistItems += created.items.length;
    const history = await seedChecklistHistory(tx, created, now);
    counts.checklistRuns += history.runs;
    counts.checklistItemResults += history.results;
  }
}

/**
 * First-run demo data drawn from the runbooks, in one transaction. Refuses a database that already
 * holds services, incidents, checklists or users unless `force`; with `force` it adds only what is
 * missing (by slug, or by title for incidents). No user who can sign in: the on-call rotation's two
 * demo users are disabled and have no password.
 */
export async function seedDemo({
  db,
  now = new Date(),
  force = false,
  ctx = systemCtx("demo-seed"),
}: {
  db: Db;
  now?: Date;
  force?: boolean;
  /** Who asked, for the audit row; the CLI and first start act as the system. */
  ctx?: AnyCtx;
}): Promise<SeedDemoResult> {
  return db.$transaction(
    async (tx) => {
      // Serialise concurrent seeds so the second one sees the first one's data and refuses.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('opsdeck:seed-demo'))`;
      const existing = force ? null : await existingData(tx);
      if (existing) {
        return {
          seeded: false,
          reason: `The database already has data (${existing}); use force to add the demo anyway.`,
        };
      }
      const counts: SeedDemoCounts = {
        services: 0,
        checklistTemplates: 0,
        checklistItems: 0,
        checklistRuns: 0,
        checklistItemResults: 0,
        incidents: 0,
        incidentEvents: 0,
        responseSteps: 0,
        postmortems: 0,
        actionItems: 0,
        alertRules: 0,
        users: 0,
        schedules: 0,
        escalationPolicies: 0,
        incidentPages: 0,
      };
      const serviceIds = await seedServices(tx, counts);
      await seedChecklists(tx, now, counts);
      await seedIncidents(tx, now, serviceIds, counts);
      await seedAlertRules(tx, counts);
      await seedOnCall(tx, now, counts);
      await seedEscalationPolicies(tx, counts);
      await seedPageHistory(tx, counts);
      await recordAudit(tx, ctx, { action: "demo.seed", targetType: "Database", after: { force, counts } });
      return { seeded: true, counts };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}
