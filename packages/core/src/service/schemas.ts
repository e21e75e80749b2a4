import { ServiceTier, Severity } from "@opsdeck/db";
import { z } from "zod";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { optionalText } from "../zod-text.ts";

export const ZListServices = z.object({
  /** Matches name, slug or team, ignoring case. */
  q: z.string().trim().max(100).optional(),
  tier: z.enum(ServiceTier).optional(),
  limit: pageLimit(1000).optional().describe("Most services returned, by tier then name; all when left out"),
  cursor: ZCursor,
});
export type TListServices = z.input<typeof ZListServices>;

export const ZGetService = z.union([z.object({ id: z.string().min(1) }), z.object({ slug: z.string().min(1) })]);
export type TGetService = z.input<typeof ZGetService>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ZServiceSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter a slug")
  .max(60, "Use at most 60 characters")
  .regex(SLUG, "Use lowercase letters, digits and single dashes (e.g. billing-api)");

export const ZRunbookUrl = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine(
    (v) => v === null || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)),
    "Use an http:// or https:// URL",
  );

const serviceFields = {
  name: z
    .string({ error: "Name the service" })
    .trim()
    .min(1, "Name the service")
    .max(100, "Use at most 100 characters"),
  description: optionalText(500),
  team: optionalText(100),
  tier: z.enum(ServiceTier, { error: "Use TIER_1, TIER_2 or TIER_3" }),
  runbookUrl: ZRunbookUrl,
  runbookMd: optionalText(100_000),
  ownerId: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null),
  /** The severity of the incident opened when one of its checks turns DOWN; null or "" opens none. */
  autoIncidentSeverity: z
    .union([z.enum(Severity), z.literal("")], { error: "Choose P0, P1, P2 or P3, or none" })
    .nullish()
    .transform((v) => v || null),
  public: z.boolean({ error: "Use true or false" }),
  /** The name the status page shows; null or "" shows the service's name. */
  publicName: optionalText(100),
};

export const ZCreateService = z.object({
  ...serviceFields,
  slug: ZServiceSlug.optional(),
  tier: serviceFields.tier.default("TIER_2"),
  public: serviceFields.public.default(false),
});
export type TCreateService = z.input<typeof ZCreateService>;

/** Fields left out are unchanged; null or "" clears an optional one. */
export const ZUpdateService = z.object({
  serviceSlug: z.string().trim().min(1, "Choose a service"),
  name: serviceFields.name.optional(),
  slug: ZServiceSlug.optional(),
  description: serviceFields.description.optional(),
  team: serviceFields.team.optional(),
  tier: serviceFields.tier.optional(),
  runbookUrl: serviceFields.runbookUrl.optional(),
  runbookMd: serviceFields.runbookMd.optional(),
  ownerId: serviceFields.ownerId.optional(),
  autoIncidentSeverity: serviceFields.autoIncidentSeverity.optional(),
  public: serviceFields.public.optional(),
  publicName: serviceFields.publicName.optional(),
});
export type TUpdateService = z.input<typeof ZUpdateService>;

export const ZDeleteService = z.object({ serviceSlug: z.string().trim().min(1, "Choose a service") });
export type TDeleteService = z.input<typeof ZDeleteService>;

/** "Billing API (EU)" → "billing-api-eu". */
export const slugify = (name: string): string =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "") || "service";
