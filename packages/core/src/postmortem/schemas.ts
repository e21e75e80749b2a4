import { PostmortemStatus } from "@opsdeck/db";
import { z } from "zod";

export const ZListPostmortems = z.object({
  status: z.enum(PostmortemStatus).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListPostmortems = z.input<typeof ZListPostmortems>;

export const ZGetPostmortem = z.union([
  z.object({ id: z.string().min(1) }),
  z.object({ incidentId: z.string().min(1) }),
]);
export type TGetPostmortem = z.input<typeof ZGetPostmortem>;
