import type { IncidentResponseDto, ResponseDefaultsDto } from "@opsdeck/core";
import { z } from "zod";

/* Response schemas of the response checklist routes. */

const ZSeverity = z.enum(["P0", "P1", "P2", "P3"]);
const ZIsoDate = z.string().describe("ISO 8601 date-time");
const ZUserRef = z.object({ id: z.string(), name: z.string().nullable(), email: z.string() });

export const ZIncidentResponseOut = z.object({
  number: z.number().int(),
  incidentId: z.string(),
  severity: ZSeverity.describe("The incident's severity now"),
  steps: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      title: z.string(),
      detail: z.string().nullable().describe("How to do it; `text in backticks` is a command"),
      severity: ZSeverity.describe("The severity whose default steps it was copied from"),
      status: z.enum(["OPEN", "DONE", "SKIPPED"]),
      skipReason: z.string().nullable(),
      answeredBy: ZUserRef.nullable().describe("Who marked it done or skipped; null while open"),
      answeredAt: ZIsoDate.nullable(),
    }),
  ),
  done: z.number().int(),
  skipped: z.number().int(),
  total: z.number().int(),
}) satisfies z.ZodType<IncidentResponseDto>;

export const ZResponseDefaultsOut = z.object({
  severity: ZSeverity,
  steps: z.array(z.object({ title: z.string(), detail: z.string().nullable() })),
  updatedAt: ZIsoDate.nullable().describe("When the list was last saved; null while it is empty"),
}) satisfies z.ZodType<ResponseDefaultsDto>;
