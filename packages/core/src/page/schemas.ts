import { z } from "zod";

/** A page of a list: its items and the cursor of the page after it (null on the last page). */
export type Page<T> = { items: T[]; next: string | null };

export const CURSOR_MAX = 2048;

/** The `cursor` of a list query: opaque, from the `next` of the page before. */
export const ZCursor = z
  .string()
  .max(CURSOR_MAX, "Not a cursor of this list: start again without one")
  .optional()
  .describe("The page after the one that gave this cursor (its `next`); leave out for the first page");

/** The `limit` of a list query: how many items a page holds, at most `max`. */
export const pageLimit = (max: number) =>
  z.coerce.number<string | number>().int("Use a whole number").min(1, "Use at least 1").max(max, `Use at most ${max}`);
