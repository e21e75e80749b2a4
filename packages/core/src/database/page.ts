import type { ListCall } from "../call.ts";
import { pageRows, readCursor } from "../page/keyset.ts";
import type { Page } from "../page/schemas.ts";
import { parseInput } from "../validate.ts";
import type { DatabaseDto } from "./dto.ts";
import { listDatabases } from "./list.ts";
import { type TListDatabasesPage, ZListDatabasesPage } from "./schemas.ts";

const DATABASES = {
  list: "databases",
  fields: [
    { field: "name", type: "string" },
    { field: "id", type: "string" },
  ],
} as const;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compare = (a: DatabaseDto, b: DatabaseDto) => byCode(a.name, b.name) || byCode(a.id, b.id);

/**
 * The monitored databases by name (VIEWER), a page at a time, or all without a limit. They are the
 * postgres checks and Postgres targets (one per database watched), read whole and paged here.
 */
export async function listDatabasesPage({
  db,
  ctx,
  input = {},
}: ListCall<TListDatabasesPage>): Promise<Page<DatabaseDto>> {
  const { limit, cursor } = parseInput(ZListDatabasesPage, input);
  const after = readCursor(DATABASES, cursor) as [string, string] | undefined;
  const all = (await listDatabases({ db, ctx })).sort(compare);
  const rest = after ? all.filter((d) => compare(d, { ...d, name: after[0], id: after[1] }) > 0) : all;
  if (limit === undefined) return { items: rest, next: null };
  const page = pageRows(DATABASES, rest, limit);
  return { items: page.rows, next: page.next };
}
