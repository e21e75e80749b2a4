import type { ServiceGetPayload, ServiceSelect, ServiceTier, Severity } from "@opsdeck/db";
import { USER_REF_SELECT, type UserRef } from "../incident/dto.ts";

export const SERVICE_SUMMARY_SELECT = {
  id: true,
  slug: true,
  name: true,
  description: true,
  team: true,
  tier: true,
  runbookUrl: true,
  autoIncidentSeverity: true,
  public: true,
  publicName: true,
  updatedAt: true,
  owner: { select: USER_REF_SELECT },
  _count: { select: { affectedBy: { where: { incident: { status: { not: "RESOLVED" } } } } } },
} as const satisfies ServiceSelect;

export type ServiceSummaryDto = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  team: string | null;
  tier: ServiceTier;
  runbookUrl: string | null;
  /** The severity of the incident opened when a check turns DOWN; null opens none. */
  autoIncidentSeverity: Severity | null;
  /** Shown on the public status page. */
  public: boolean;
  /** The name the status page shows; null shows `name`. */
  publicName: string | null;
  owner: UserRef | null;
  openIncidentCount: number;
  updatedAt: string;
};

export function toServiceSummary(row: ServiceGetPayload<{ select: typeof SERVICE_SUMMARY_SELECT }>): ServiceSummaryDto {
  const { _count, updatedAt, ...rest } = row;
  return { ...rest, openIncidentCount: _count.affectedBy, updatedAt: updatedAt.toISOString() };
}
