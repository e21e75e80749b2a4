import { pageLimit, ZCursor } from "@opsdeck/core/page/schemas";
import { z } from "zod";

/**
 * `limit` and `cursor` of a paged list's query. With a `fallback` a page holds that many items unless
 * `limit` says otherwise; without one, a request without `limit` gets the whole list (as it always did).
 */
export const pageQuery = (max: number, fallback?: number) => ({
  limit: (fallback === undefined ? pageLimit(max).optional() : pageLimit(max).default(fallback)).describe(
    `Most items in a page (1 to ${max}); ${fallback === undefined ? "all when left out" : `${fallback} when left out`}`,
  ),
  cursor: ZCursor,
});

/** The query of a list that has no filters: only its page. */
export const ZPageQuery = (max: number, fallback?: number) => z.object(pageQuery(max, fallback));
