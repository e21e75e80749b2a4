import { z } from "zod";
import { instant, refineRange } from "../metric/schemas.ts";
import { pageLimit, ZCursor } from "../page/schemas.ts";

export const MARKERS_MAX_SPAN_DAYS = 400;
export const MARKERS_PAGE_MAX = 500;

export const ZListMarkers = z
  .object({
    from: instant("the start").describe("The range's start (included)"),
    to: instant("the end").optional().describe("The range's end (excluded); defaults to now"),
    service: z
      .string()
      .trim()
      .min(1, "Name a service by its slug")
      .max(100, "Use at most 100 characters")
      .optional()
      .describe("Only this service's events (by slug): incidents affecting it, actions on its targets"),
    limit: pageLimit(MARKERS_PAGE_MAX)
      .default(200)
      .describe(`Most markers in a page (1 to ${MARKERS_PAGE_MAX}); 200 when left out`),
    cursor: ZCursor,
  })
  .superRefine((v, ctx) => void refineRange(v, ctx, MARKERS_MAX_SPAN_DAYS));
export type TListMarkers = z.input<typeof ZListMarkers>;
