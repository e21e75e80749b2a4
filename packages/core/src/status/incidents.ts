import type { Db, IncidentStatus } from "@opsdeck/db";
import { severityLabel } from "../severity/policy.ts";
import type { StatusIncidentDto, StatusUpdateDto } from "./dto.ts";

const D = 86_400_000;
/** Resolved public incidents stay on the page this long. */
export const RECENT_DAYS = 7;

export const STATUS_LABEL: Record<IncidentStatus, string> = {
  INVESTIGATING: "Investigating",
  IDENTIFIED: "Identified",
  MONITORING: "Monitoring",
  RESOLVED: "Resolved",
};

const STATUS_KINDS = ["investigating", "identified", "monitoring", "resolved"];
const isStatus = (v: unknown): v is IncidentStatus => typeof v === "string" && v in STATUS_LABEL;

type PublicIncident = { dto: StatusIncidentDto; serviceIds: string[] };

/**
 * Open public incidents and those resolved in the last 7 days, newest first. Their status updates are
 * the entries posted with the update template (they carry the status they set) and the resolution;
 * notes, role changes, check events and action runs stay internal. Affected services that are not
 * public are left out.
 */
export async function readPublicIncidents(
  db: Db,
  now: Date,
): Promise<{ open: PublicIncident[]; recent: PublicIncident[] }> {
  const rows = await db.incident.findMany({
    where: {
      public: true,
      OR: [{ status: { not: "RESOLVED" } }, { resolvedAt: { gte: new Date(now.getTime() - RECENT_DAYS * D) } }],
    },
    orderBy: [{ detectedAt: "desc" }, { number: "desc" }],
    select: {
      title: true,
      severity: true,
      status: true,
      detectedAt: true,
      resolvedAt: true,
      services: { select: { service: { select: { id: true, public: true, name: true, publicName: true } } } },
      events: {
        where: { kind: { in: STATUS_KINDS } },
        orderBy: [{ at: "desc" }, { createdAt: "desc" }],
        select: { kind: true, message: true, at: true, data: true },
      },
    },
  });
  const all = rows.map((r): PublicIncident => {
    const services = r.services.map((s) => s.service).filter((s) => s.public);
    const updates: StatusUpdateDto[] = r.events.flatMap((e) => {
      const status = (e.data as { status?: unknown } | null)?.status;
      const to = e.kind === "resolved" ? "RESOLVED" : isStatus(status) ? status : null;
      return to ? [{ status: to, statusLabel: STATUS_LABEL[to], message: e.message, at: e.at.toISOString() }] : [];
    });
    return {
      serviceIds: services.map((s) => s.id),
      dto: {
        title: r.title,
        severity: r.severity,
        severityLabel: severityLabel(r.severity),
        status: r.status,
        statusLabel: STATUS_LABEL[r.status],
        startedAt: r.detectedAt.toISOString(),
        resolvedAt: r.resolvedAt?.toISOString() ?? null,
        services: services.map((s) => s.publicName ?? s.name).sort((a, b) => a.localeCompare(b, "en")),
        updates,
      },
    };
  });
  return {
    open: all.filter((i) => i.dto.status !== "RESOLVED"),
    recent: all.filter((i) => i.dto.status === "RESOLVED"),
  };
}
