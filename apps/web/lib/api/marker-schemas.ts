import { MARKER_KINDS, MARKER_OUTCOMES, type MarkerDto } from "@opsdeck/core/marker/dto";
import { z } from "zod";

/* Response schemas of the chart markers route. */

export const ZMarkerOut = z.object({
  id: z.string().describe("`incident:<id>`, `resolved:<id>` or `run:<id>`"),
  kind: z
    .enum(MARKER_KINDS)
    .describe(
      "incident: declared or opened automatically (at detection); resolved; deploy: a rollback; action: another run",
    ),
  at: z.string().describe("ISO 8601 date-time"),
  label: z.string(),
  href: z.string().describe("The incident's or the run's page"),
  outcome: z.enum(MARKER_OUTCOMES).nullable().describe("A finished run's outcome; null for incidents"),
}) satisfies z.ZodType<MarkerDto>;
