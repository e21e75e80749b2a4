import pg from "pg";
import {
  countRows,
  listUserTables,
  readServerVersion,
  type ServerVersion,
  type TableCounts,
  type UserTable,
} from "./inspect.ts";

/**
 * A read-only transaction held open while pg_dump runs. When the server can export its snapshot,
 * pg_dump reads through it (--snapshot) and the row counts taken here are exactly what the archive holds.
 */
export interface DumpSnapshot {
  serverVersion: ServerVersion;
  tables: UserTable[];
  /** Null when the server refused to export a snapshot (counts are then taken before the dump starts). */
  snapshotId: string | null;
  countRows(): Promise<TableCounts>;
  /** Ends the transaction; `discard` drops the connection at once instead of waiting for running counts. */
  close(opts?: { discard?: boolean }): Promise<void>;
}

export async function openDumpSnapshot(url: string): Promise<DumpSnapshot> {
  const client = new pg.Client({ connectionString: url, application_name: "opsdeck-backup" });
  await client.connect();
  try {
    const begin = () => client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await begin();
    let snapshotId: string | null = null;
    try {
      const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
      snapshotId = rows[0]?.id ?? null;
    } catch {
      // Not from a subtransaction, so the failed transaction is replaced by a fresh one.
      await client.query("ROLLBACK");
      await begin();
    }
    const serverVersion = await readServerVersion(client);
    const tables = await listUserTables(client);
    return {
      serverVersion,
      tables,
      snapshotId,
      countRows: () => countRows(client, tables),
      close: async (opts = {}) => {
        if (!opts.discard) await client.query("COMMIT").catch(() => {});
        await client.end();
      },
    };
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
}
