import { type Key, type KeyField, type Keyset, type KeyValue, pageRows, readCursor } from "./keyset.ts";

type Where = Record<string, unknown>;

/** The list's order as Prisma's orderBy. */
export const keysetOrderBy = (ks: Keyset): Where[] =>
  ks.fields.map((f) => ({
    [f.field]: f.nullsLast ? { sort: f.desc ? "desc" : "asc", nulls: "last" } : f.desc ? "desc" : "asc",
  }));

/** Rows whose `f` comes strictly after `v` in the list's order; null when none can. */
function after(f: KeyField, v: KeyValue): Where | null {
  if (v === null) return null; // nulls sort last: nothing follows them in this field
  let cond: Where;
  if (Array.isArray(f.type)) {
    const i = f.type.indexOf(v as string);
    cond = { [f.field]: { in: f.desc ? f.type.slice(0, i) : f.type.slice(i + 1) } };
  } else cond = { [f.field]: { [f.desc ? "lt" : "gt"]: v } };
  return f.nullsLast ? { OR: [cond, { [f.field]: null }] } : cond;
}

/**
 * Prisma's where for the rows after `key` in the list's order (keyset paging): for some field i, the
 * fields before it equal the key's and field i comes after. Nothing to add without a key.
 */
export function keysetAfter(ks: Keyset, key: Key | undefined): Where {
  if (!key) return {};
  const or: Where[] = [];
  ks.fields.forEach((f, i) => {
    const cond = after(f, key[i] ?? null);
    if (!cond) return;
    const equal = ks.fields.slice(0, i).map((g, j) => ({ [g.field]: key[j] ?? null }));
    or.push({ AND: [...equal, cond] });
  });
  return { OR: or };
}

/** What a keyset page asks of a findMany: the rows after the cursor, in the list's order, one more than the page. */
export type PageQuery<W, O> = { after: W; orderBy: O[]; take: number | undefined };

/**
 * One page of a list read with Prisma: `find` runs the findMany with the page's where, order and take.
 * Without a limit every row is read (the list's callers that show everything).
 */
export async function findPage<Row extends Record<string, unknown>, W, O>(
  ks: Keyset,
  page: { limit?: number; cursor?: string },
  find: (q: PageQuery<W, O>) => Promise<Row[]>,
): Promise<{ rows: Row[]; next: string | null }> {
  const key = readCursor(ks, page.cursor);
  const rows = await find({
    after: keysetAfter(ks, key) as W,
    orderBy: keysetOrderBy(ks) as O[],
    take: page.limit === undefined ? undefined : page.limit + 1,
  });
  return page.limit === undefined ? { rows, next: null } : pageRows(ks, rows, page.limit);
}
