import { ServiceTier } from "@opsdeck/db";
import { z } from "zod";

export const ZListServices = z.object({
  /** Matches name, slug or team, ignoring case. */
  q: z.string().trim().max(100).optional(),
  tier: z.enum(ServiceTier).optional(),
});
export type TListServices = z.input<typeof ZListServices>;

export const ZGetService = z.union([z.object({ id: z.string().min(1) }), z.object({ slug: z.string().min(1) })]);
export type TGetService = z.input<typeof ZGetService>;
